"""Reader comments on the Tibetan edition's demo story.

Original text; every commenter is invented.
"""

from .comment_data import APPROVE, REJECT, DemoComment

COMMENTS = (
    DemoComment(
        key="bo-library-thanks",
        story="bo-library",
        name="བསོད་ནམས།",
        body="འབྲོག་པ་ཚོས་རང་ནུས་ཀྱིས་དཔེ་མཛོད་བཙུགས་པ་ནི་ཧ་ཅང་ཡ་མཚན་པོ་རེད།",
        minutes_ago=900,
        address="203.0.113.93",
        decision=APPROVE,
    ),
    DemoComment(
        key="bo-library-books",
        story="bo-library",
        name="སྒྲོལ་མ།",
        body="ང་ཚོས་དཔེ་དེབ་ཕུལ་ན་ག་རེ་བྱེད་དགོས་སམ།",
        minutes_ago=60,
        address="2001:db8:cd::13",
    ),
    DemoComment(
        key="bo-library-spam",
        story="bo-library",
        name="ཚོང་པ།",
        body="ཁ་པར་གོང་ཆུང་། https://cheap-phones.example",
        minutes_ago=700,
        address="198.51.100.193",
        decision=REJECT,
        reason="spam",
    ),
)
