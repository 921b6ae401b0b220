"""English demo stories: original text, every person and place invented."""

from .story import Story, image, paragraph, quote, subheading

RAIL = Story(
    key="en-rail",
    edition="en",
    section="korea",
    title="First passenger train runs on the Haeseong–Dongmak coast line",
    slug="first-passenger-train-haeseong-dongmak-line",
    standfirst=(
        "The single-track line along the east coast opened eleven years after work "
        "began and at nearly twice its first budget. Planners say it will change how "
        "the region's fishing towns travel; economists are less sure."
    ),
    dateline="Haeseong",
    image="rail",
    caption="The first service crosses the sea bridge south of Haeseong on Monday.",
    authors=("jonah", "jiwon"),
    hours_ago=9,
    tags=("rail", "transport", "east coast"),
    body=(
        paragraph(
            "A six-car train left Haeseong station at 6:40 on Monday morning, the "
            "first passenger service on a 74-kilometre line that threads through "
            "sixteen tunnels and along the sea walls to the inland junction at "
            "Dongmak."
        ),
        paragraph(
            "The journey, which took close to two hours on the winding coast road, now "
            "takes 48 minutes. Officials from the regional rail authority rode the "
            "first service with about two hundred passengers, many of whom had queued "
            "since before dawn for commemorative tickets."
        ),
        subheading("A decade and a doubled budget"),
        paragraph(
            "Construction was halted twice: once after a tunnel collapse in which no "
            "one was hurt, and once when the money ran out. The final cost, the "
            "authority said, was about 1.9 trillion won, against a first estimate of "
            "one trillion."
        ),
        quote(
            "Lines like this are rarely justified by the traffic on the day they open. "
            "The question is whether the towns along them are still there in thirty "
            "years.",
            "Oh Se-jin, transport economist",
        ),
        paragraph(
            "Oh Se-jin, a transport economist who has studied regional lines, said the "
            "forecast of 9,000 passengers a day was optimistic for a coast whose "
            "population has fallen by a quarter since the line was approved. “If it "
            "carries half that, it will still be useful, but someone should say so "
            "now, not in five years,” Oh said."
        ),
        paragraph(
            "Trains will run every hour from early morning to late evening. Paths at "
            "night are reserved for freight, mostly seafood bound for inland markets."
        ),
    ),
)

LIBRARY = Story(
    key="en-library",
    edition="en",
    section="china",
    title="Returning workers turn an old granary into a mountain village library",
    slug="returning-workers-turn-granary-into-village-library",
    standfirst=(
        "In Shiqiao, three hours' drive from the nearest bookshop, five former factory "
        "workers have filled a disused grain store with 6,000 donated books."
    ),
    dateline="Shiqiao",
    image="library",
    caption="The granary library stays open until nine on school nights.",
    authors=("tomas",),
    hours_ago=20,
    tags=("education", "libraries", "migration"),
    body=(
        paragraph(
            "The granary at the top of Shiqiao had stood empty for twenty years when "
            "Yang Lihua and four friends came home from factory jobs on the coast and "
            "asked the village committee whether they could use it."
        ),
        paragraph(
            "They patched the roof, built shelves from the timber of a fallen shed and "
            "asked former colleagues in the cities to post the books they no longer "
            "wanted. Within a year the parcels had brought more than six thousand "
            "volumes, from picture books to repair manuals for motorcycles."
        ),
        subheading("Homework after dark"),
        paragraph(
            "The library opens every evening and all day at weekends. Most of its "
            "readers are children whose parents still work in distant cities and who "
            "live with their grandparents. “The school closes at four. Before, the "
            "children had nowhere to go but the road,” Yang said."
        ),
        quote(
            "Children read what is near them. If the nearest thing is a phone, they "
            "read the phone.",
            "Yang Lihua, library volunteer",
        ),
        paragraph(
            "Fang Ruiqi, who studies rural schooling, said small libraries run by "
            "residents tend to outlast those built by outside donors. “The people who "
            "run them have a reason to stay, so the library stays too,” she said."
        ),
    ),
)

COURT = Story(
    key="en-court",
    edition="en",
    section="asia",
    title="Pelara's highest court rules journalists may keep their sources secret",
    slug="pelara-court-rules-journalists-may-protect-sources",
    standfirst=(
        "The 4–3 decision overturns a contempt order against a newspaper editor who "
        "refused to say who had leaked an audit of a harbour contract."
    ),
    dateline="Port Senna",
    image="court",
    caption="Reporters and supporters wait on the court steps before the ruling.",
    authors=("ana",),
    hours_ago=30,
    tags=("press freedom", "courts"),
    body=(
        paragraph(
            "The Supreme Court of Pelara ruled on Tuesday that reporters cannot be "
            "jailed or fined for refusing to identify confidential sources, unless "
            "disclosure is the only way to prevent a serious threat to someone's life."
        ),
        paragraph(
            "The case concerned Ruth Amadi-Kessler, editor of the daily Pelara "
            "Courier, who was fined and given a suspended sentence for contempt last "
            "year after she declined to tell a commission of inquiry who had given her "
            "newspaper a draft audit of the Port Senna harbour contract."
        ),
        paragraph(
            "Writing for the majority, Justice Maren Tolo said a free press “cannot do "
            "its work if every person who speaks to it must assume that their name "
            "will one day be read out in court.”"
        ),
        subheading("A narrow exception"),
        paragraph(
            "The three dissenting judges said the commission had a legitimate need to "
            "know whether officials had broken the law by leaking the audit. The "
            "majority accepted that interest but found the commission had not shown it "
            "could not find the answer some other way."
        ),
        quote(
            "This ruling does not put journalists above the law. It says the state "
            "must do its own investigating before it asks reporters to do it.",
            "Lior Fenn, lecturer in media law, Port Senna University",
        ),
        paragraph(
            "Press freedom groups welcomed the decision. Lawyers for the government "
            "said they would study the judgment and had no plans to seek a review."
        ),
    ),
)

FLAGSHIP_SLUG = "border-town-counts-its-losses-as-floodwaters-recede"

FLAGSHIP = Story(
    key="en-flood",
    edition="en",
    section="korea",
    title="Border town counts its losses as floodwaters recede",
    slug=FLAGSHIP_SLUG,
    standfirst=(
        "Three days of rain sent the Sonam River over its banks on both sides of the "
        "frontier. The water has gone, residents say, but the silt, the debts and the "
        "questions remain."
    ),
    dateline="Seoul",
    image="flood",
    caption=(
        "The lower town of Hwangbaek, seen from the ridge road as the water began to "
        "fall."
    ),
    authors=("mira", "jonah"),
    credits=(
        ("additional_reporting", "jiwon", "ko"),
        ("additional_reporting", "seohyun", "ko"),
        ("photos", "lena", ""),
    ),
    hours_ago=3,
    updated_hours_ago=1,
    tags=("floods", "border", "agriculture", "climate"),
    related=("en-rail", "en-library"),
    body=(
        paragraph(
            "The water came up the main street of Hwangbaek faster than anyone in the "
            "town could remember. By the evening of the second day of rain, residents "
            "say, the Sonam River had covered the market square to a grown man's "
            "waist, and families in the lower streets were passing children and sacks "
            "of rice up to neighbours on the first floors."
        ),
        paragraph(
            "By Saturday the river had fallen back inside its banks. What it left "
            "behind, a grey crust of silt over fields, cellars and the town's only "
            "clinic, will take far longer to clear, according to residents reached by "
            "telephone and aid workers on the other side of the border."
        ),
        paragraph(
            "“We have water in the well again, but we cannot drink it,” said a woman "
            "in her fifties who runs a noodle stall near the market and asked that her "
            "name not be used. “Everyone is boiling it. There is not enough fuel to "
            "boil it all.”"
        ),
        subheading("Fields under silt"),
        paragraph(
            "The flood came at the worst moment for farmers, two weeks before the "
            "early maize harvest. Choi Dong-ha, an agricultural economist at the "
            "Institute for Watershed Studies in Daejeon, estimated from satellite "
            "images that about a third of the cropland on the valley floor had been "
            "under water for more than a day."
        ),
        paragraph(
            "“Maize survives a short flood, but not a long one under mud,” Choi said. "
            "“What worries me more is next spring. Families who lose this harvest will "
            "eat their seed, and then there is nothing to plant.”"
        ),
        quote(
            "The river has not changed. What has changed is how much forest we have "
            "cut from the hills above it, and how little room we have left it to "
            "spread.",
            "Ilse Varga, hydrologist, Northern Rivers Institute",
        ),
        paragraph(
            "Ilse Varga, a hydrologist who has studied the Sonam basin for fifteen "
            "years, said the flood fitted a pattern seen all along the frontier. "
            "Hillsides cleared for firewood and terraced fields hold less water, she "
            "said, so heavy summer rain now reaches the valley in hours rather than "
            "days."
        ),
        image(
            "sandbags",
            "Sandbags on the embankment that residents say gave way on the second "
            "night.",
        ),
        paragraph(
            "On the far bank, local officials said on Friday that they had opened two "
            "schools as shelters and were handing out drinking water from tanker "
            "trucks. Relief groups in Seoul said they had been asked for water "
            "purification tablets, blankets and seed, in that order."
        ),
        paragraph(
            "“The first week is about water, the first month is about food and the "
            "first year is about seed,” said Han Bo-ra, who runs emergency programmes "
            "for a Seoul-based aid group. “Almost all the attention goes to the first "
            "week.”"
        ),
        subheading("Warnings that came late"),
        paragraph(
            "Several residents said the loudspeaker warnings sounded only after the "
            "water was already in the streets. Varga said the rain gauges upstream on "
            "the Sonam report once a day, too rarely to help a town that floods within "
            "hours."
        ),
        paragraph(
            "“A gauge that reports every fifteen minutes costs less than one of the "
            "trucks now carrying water into Hwangbaek,” she said."
        ),
    ),
)

STORIES = (RAIL, LIBRARY, COURT, FLAGSHIP)
