"""The Khmer edition's demo story, in Khmer script.

Original text; every person and place named is invented.
"""

from .story import Story, paragraph, quote, subheading

BOAT_LIBRARY_KM = Story(
    key="km-boat-library",
    edition="km",
    section="cambodia",
    title="ទូកបណ្ណាល័យនាំសៀវភៅទៅកាន់ភូមិបណ្ដែតទឹក",
    slug="koh-snao-boat-library",
    standfirst=(
        "គ្រូបង្រៀនពីរនាក់បានកែលម្អទូកនេសាទចាស់មួយ ឱ្យក្លាយជាបណ្ណាល័យចល័ត សម្រាប់កុមារនៅភូមិកោះស្នោ។"
    ),
    dateline="កោះស្នោ",
    image="boat-library",
    caption="កំពង់ផែតូចនៃភូមិកោះស្នោ ដែលទូកបណ្ណាល័យចេញដំណើររៀងរាល់ព្រឹកថ្ងៃសៅរ៍។",
    authors=("dara",),
    hours_ago=16,
    tags=("សៀវភៅ", "កុមារ"),
    body=(
        paragraph(
            "រៀងរាល់ព្រឹកថ្ងៃសៅរ៍ ទូកពណ៌ខៀវមួយចេញពីកំពង់ផែតូច ដឹកសៀវភៅជាងប្រាំរយក្បាល "
            "ទៅកាន់ផ្ទះបណ្ដែតទឹកនៅលើបឹង។"
        ),
        paragraph("កុមាររង់ចាំនៅលើរានហាលផ្ទះ ហើយអាចខ្ចីសៀវភៅបានពីរក្បាលក្នុងមួយសប្ដាហ៍។"),
        subheading("អានឱ្យឮៗ"),
        paragraph("ក្រៅពីការខ្ចីសៀវភៅ គ្រូទាំងពីរក៏អានរឿងនិទានឱ្យកុមារតូចៗស្ដាប់ នៅលើទូកផងដែរ។"),
        quote(
            "កាលពីមុន កូនៗខ្ញុំមិនដែលកាន់សៀវភៅក្រៅពីសៀវភៅសិក្សាទេ។ ឥឡូវនេះ ពួកគេរង់ចាំទូកនេះរាល់សប្ដាហ៍។",
            "លោកស្រី ចាន់ សុភា អ្នកភូមិកោះស្នោ",
        ),
    ),
)

STORIES = (BOAT_LIBRARY_KM,)
