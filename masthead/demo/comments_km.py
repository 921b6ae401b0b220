"""Reader comments on the Khmer edition's demo story.

Original text; every commenter is invented.
"""

from .comment_data import APPROVE, REJECT, DemoComment

COMMENTS = (
    DemoComment(
        key="km-boat-library-teachers",
        story="km-boat-library",
        name="សុភ័ក្ត្រ",
        body="សូមអរគុណគ្រូទាំងពីរ! កុមារនៅតំបន់បឹងត្រូវការសៀវភៅណាស់។",
        minutes_ago=800,
        address="203.0.113.95",
        decision=APPROVE,
    ),
    DemoComment(
        key="km-boat-library-donate",
        story="km-boat-library",
        name="វិចិត្រ",
        body="តើខ្ញុំអាចបរិច្ចាគសៀវភៅដោយរបៀបណា?",
        minutes_ago=25,
        address="2001:db8:cd::21",
    ),
    DemoComment(
        key="km-boat-library-spam",
        story="km-boat-library",
        name="អ្នកលក់",
        body="ទូរស័ព្ទតម្លៃថោក បញ្ជាទិញថ្ងៃនេះ https://cheap-phones.example",
        minutes_ago=600,
        address="198.51.100.195",
        decision=REJECT,
        reason="spam",
    ),
)
