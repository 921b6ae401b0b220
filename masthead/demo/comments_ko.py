"""Reader comments on the Korean edition's demo stories, and the desk's decisions.

Original text; every commenter is invented.
"""

from .comment_data import APPROVE, REJECT, DemoComment

FLOOD = (
    DemoComment(
        key="ko-flood-seed",
        story="ko-flood",
        name="김서연",
        body=(
            "종자 이야기가 가장 마음에 남습니다. 당장 물과 담요만 생각했는데, "
            "내년 봄에 심을 씨앗이 없다는 건 미처 생각하지 못했네요."
        ),
        minutes_ago=110,
        address="203.0.113.112",
        decision=APPROVE,
    ),
    DemoComment(
        key="ko-flood-gauges",
        story="ko-flood",
        name="박준호",
        body=(
            "상류 우량계가 하루에 한 번만 보고한다는 게 사실이라면 큰 문제입니다. "
            "15분마다 보고하는 장비가 급수차 한 대 값보다 싸다는데 왜 아직 설치하지 "
            "않았을까요?"
        ),
        minutes_ago=100,
        address="198.51.100.88",
        decision=APPROVE,
    ),
    DemoComment(
        key="ko-flood-football",
        story="ko-flood",
        name="축구팬",
        body=(
            "기사와 상관없지만 어제 대표팀 경기 결과 아시는 분 계신가요? "
            "중계를 놓쳤어요."
        ),
        minutes_ago=90,
        address="2001:db8:82::5",
        decision=REJECT,
        reason="off-topic",
    ),
    DemoComment(
        key="ko-flood-gauges-reply",
        story="ko-flood",
        name="이도윤",
        body=(
            "상류 관측소는 강 양쪽이 함께 관리하기로 되어 있어서 한쪽만 바꿀 수 없다고 "
            "들었습니다. 결국 돈보다 협의가 문제인 것 같아요."
        ),
        minutes_ago=70,
        address="203.0.113.170",
        decision=APPROVE,
        reply_to="ko-flood-gauges",
    ),
    DemoComment(
        key="ko-flood-insult",
        story="ko-flood",
        name="지나가던사람",
        body="이런 기사 쓰는 기자들은 다 똑같다. 머리가 있으면 생각 좀 하고 써라.",
        minutes_ago=60,
        address="198.51.100.144",
        decision=REJECT,
        reason="abuse",
    ),
    DemoComment(
        key="ko-flood-donate",
        story="ko-flood",
        name="최민지",
        body=(
            "진료소 복구에 직접 기부할 수 있는 방법이 있을까요? 큰 단체보다 그곳에 "
            "바로 쓰이면 좋겠습니다."
        ),
        minutes_ago=30,
        address="2001:db8:82::19",
    ),
    DemoComment(
        key="ko-flood-title",
        story="ko-flood",
        name="한결",
        body="영어판 기사와 제목이 조금 다르네요. 번역하면서 일부러 바꾼 건가요?",
        minutes_ago=8,
        address="203.0.113.222",
    ),
)

OTHERS = (
    DemoComment(
        key="ko-rail-commute",
        story="ko-rail",
        name="오세훈",
        body=(
            "동막에서 해성까지 출퇴근하는데 버스로 두 시간 걸리던 길이 이제 한 시간도 "
            "안 걸립니다. 아침 첫차 시간이 조금만 더 당겨지면 좋겠어요."
        ),
        minutes_ago=420,
        address="198.51.100.57",
        decision=APPROVE,
    ),
    DemoComment(
        key="ko-fishing-fuel",
        story="ko-fishing",
        name="정미경",
        body=(
            "배 한 척을 다섯 집이 나눠 쓴다는 발상이 좋네요. 기름값 부담이 줄면 젊은 "
            "사람들도 항구로 돌아올 수 있을 것 같습니다."
        ),
        minutes_ago=1400,
        address="203.0.113.33",
        decision=APPROVE,
    ),
    DemoComment(
        key="ko-fishing-spam",
        story="ko-fishing",
        name="대박투자",
        body=(
            "하루 만에 수익 300%! 지금 바로 가입하세요. 선착순 100명 무료 "
            "https://big-coin.example/ko"
        ),
        minutes_ago=700,
        address="198.51.100.250",
        decision=REJECT,
        reason="spam",
    ),
    DemoComment(
        key="ko-fishing-father",
        story="ko-fishing",
        name="어부의 딸",
        body=(
            "저희 아버지도 어촌계에서 40년을 일하셨어요. 공동 조업이 잘 자리 잡아서 "
            "다른 항구에도 알려졌으면 좋겠습니다."
        ),
        minutes_ago=120,
        address="2001:db8:7a::2",
    ),
)

COMMENTS = (*FLOOD, *OTHERS)
