"""Reader comments on the English edition's demo stories, and the desk's decisions.

Original text; every commenter is invented.
"""

from .comment_data import APPROVE, REJECT, DemoBan, DemoComment, DemoReport

FLOOD = (
    DemoComment(
        key="flood-gauges",
        story="en-flood",
        name="Anna Kowalczyk",
        body=(
            "The point about the rain gauges is the one that stays with me. If a "
            "gauge that reports every fifteen minutes really costs less than a water "
            "truck, why has nobody installed them? Is there a budget anyone can name?"
        ),
        minutes_ago=165,
        address="203.0.113.14",
        decision=APPROVE,
    ),
    DemoComment(
        key="flood-seed",
        story="en-flood",
        name="Grace Lin",
        body=(
            "Thank you for ending on seed. Everyone sends bottled water and blankets, "
            "and almost nobody thinks about what families will plant next spring. "
            "Does anyone know which groups are collecting seed?"
        ),
        minutes_ago=150,
        address="198.51.100.40",
        decision=APPROVE,
    ),
    DemoComment(
        key="flood-wells",
        story="en-flood",
        name="Dae-sung",
        body=(
            "My aunt still lives in the lower town near the clinic. Her neighbour "
            "Oh Sun-hee has been organising the cleaning of the wells, you can call "
            "her on 010-0000-0142 or find her in the house behind the market."
        ),
        edited_body=(
            "My aunt still lives in the lower town near the clinic. One of her "
            "neighbours has been organising the cleaning of the wells."
        ),
        minutes_ago=140,
        address="2001:db8:14::7",
        decision=APPROVE,
        reason="personal-data",
        note="Removed a named neighbour's phone number and where she lives.",
    ),
    DemoComment(
        key="flood-gauges-reply",
        story="en-flood",
        name="Tomas Reyes",
        body=(
            "As far as I know the upstream stations belong to a river commission for "
            "both banks, and it has not met since the spring. Money is not really the "
            "problem; agreeing who maintains them is."
        ),
        minutes_ago=120,
        address="198.51.100.61",
        decision=APPROVE,
        reply_to="flood-gauges",
    ),
    DemoComment(
        key="flood-hills",
        story="en-flood",
        name="Ruth Abernethy",
        body=(
            "Ms Varga is right about the hillsides. We saw the same in our valley "
            "after the logging in the nineties: floods that used to take two days to "
            "arrive now come overnight."
        ),
        minutes_ago=110,
        address="203.0.113.88",
        decision=APPROVE,
    ),
    DemoComment(
        key="flood-insult",
        story="en-flood",
        name="truthteller88",
        body=(
            "Tomas Reyes clearly has no idea what he is talking about. Idiots like "
            "you are the reason nothing ever gets done. Go back to your armchair."
        ),
        minutes_ago=100,
        address="203.0.113.201",
        decision=REJECT,
        reason="personal-attack",
    ),
    DemoComment(
        key="flood-weary",
        story="en-flood",
        name="Pavel M.",
        body=(
            "Every year the same pictures and every year the same promises. Tell me "
            "when someone has actually built something."
        ),
        minutes_ago=90,
        address="198.51.100.9",
        decision=APPROVE,
        note="Blunt, but about the story.",
    ),
    DemoComment(
        key="flood-sport",
        story="en-flood",
        name="Mark",
        body=(
            "Does anyone know why the sport pages stopped showing the league tables? "
            "I used to check them every morning."
        ),
        minutes_ago=80,
        address="2001:db8:22::31",
        decision=REJECT,
        reason="off-topic",
    ),
    DemoComment(
        key="flood-clinic",
        story="en-flood",
        name="Helen Park",
        body=(
            "Is there a way to give directly to the clinic? The article says it was "
            "covered in silt, and I would rather help rebuild that than give to a "
            "large charity."
        ),
        minutes_ago=35,
        address="203.0.113.45",
        email="helen.park@example.org",
    ),
    DemoComment(
        key="flood-blame",
        story="en-flood",
        name="realist",
        body=(
            "Another sob story. These people chose to build on a flood plain, so let "
            "them pay for it themselves instead of the rest of us."
        ),
        minutes_ago=20,
        address="198.51.100.130",
    ),
    DemoComment(
        key="flood-warnings",
        story="en-flood",
        name="Jun",
        body=(
            "Were the warnings on the other side of the border any earlier? The "
            "article only mentions the loudspeakers in Hwangbaek."
        ),
        minutes_ago=12,
        address="2001:db8:5::12",
    ),
)

RAIL = (
    DemoComment(
        key="rail-hospital",
        story="en-rail",
        name="Sofia Lindqvist",
        body=(
            "Fifty minutes to the hospital instead of three hours on the bus is a "
            "real change for older people on the coast. I hope the timetable keeps "
            "an early train for clinic appointments."
        ),
        minutes_ago=480,
        address="203.0.113.23",
        decision=APPROVE,
    ),
    DemoComment(
        key="rail-crowded",
        story="en-rail",
        name="Ahn Jae-won",
        body=(
            "I rode it this morning. Clean, quiet and on time, but only two carriages, "
            "and by Dongmak it was standing room only."
        ),
        minutes_ago=400,
        address="198.51.100.77",
        decision=APPROVE,
    ),
    DemoComment(
        key="rail-spam",
        story="en-rail",
        name="Best Deals Online",
        body=(
            "Great article!!! Earn 500 dollars a day from home, no experience needed. "
            "Start now at https://quick-cash.example/start"
        ),
        minutes_ago=300,
        address="198.51.100.23",
        email="deals@quick-cash.example",
        decision=REJECT,
        reason="spam",
    ),
    DemoComment(
        key="rail-bicycles",
        story="en-rail",
        name="Eun-ji",
        body="Will there be room for bicycles on the trains? The article does not say.",
        minutes_ago=60,
        address="203.0.113.99",
    ),
)

COURT = (
    DemoComment(
        key="court-sources",
        story="en-court",
        name="Nadia Osei",
        body=(
            "A good ruling. People who tell reporters about corruption take real "
            "risks, and the court has recognised that."
        ),
        minutes_ago=1500,
        address="198.51.100.200",
        decision=APPROVE,
    ),
    DemoComment(
        key="court-spam",
        story="en-court",
        name="Best Deals Online",
        body=(
            "Lawyers hate this one trick! Free legal advice in five minutes at "
            "https://quick-cash.example/law"
        ),
        minutes_ago=240,
        address="198.51.100.23",
        email="deals@quick-cash.example",
    ),
    DemoComment(
        key="court-judgment",
        story="en-court",
        name="Graham Whitlock",
        body=(
            "I would like to read the full judgment. Could you link to it, or say "
            "where the court publishes it?"
        ),
        minutes_ago=45,
        address="203.0.113.7",
    ),
)

COMMENTS = (*FLOOD, *RAIL, *COURT)

REPORTS = (
    DemoReport(
        comment="flood-weary",
        reason="other",
        note="This mocks people who have just lost everything. Please look again.",
        minutes_ago=30,
        address="203.0.113.64",
    ),
)

# Banned after the first rejection; their comment still waiting is rejected with it.
BANS = (DemoBan(comment="rail-spam", reason="spam"),)
