"""boilerplate: one line judged on its own. Every sample line below is invented for these tests."""

import pytest

from fogwatch.boilerplate import is_call_to_action, line_kind


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("JOIN OUR CHANNEL FOR DAILY MAPS", "cta"),
        ("Subscribe to our newsletter", "cta"),
        ("Like us on Facebook and follow us on X.", "cta"),
        ("Please support independent journalism from the front line", "cta"),
        ("Donate", "cta"),
        ("To report a typo, select the text and press the button below", "cta"),
        ("Read also: Ceasefire talks stall again in Geneva", "related_links"),
        ("Related Articles", "related_links"),
        ("(Reporting by Ana Lis; Editing by Tom Brel)", "footer"),
        ("(editor: mk)", "footer"),
        ("Copyright 2023 Steppe Wire. All rights reserved.", "footer"),
        ("By Ivan Dorosh and Ana Lis", "footer"),
        ("Terms of Use | Privacy Policy | Contact Us", "footer"),
        ("ADVERTISEMENT", "other"),
        ("Listen to this article", "other"),
        ("Photo by Petro Hlib / Getty Images", "other"),
        ("Soldiers unload shells near the front. Photo: Steppe Wire", "other"),
        ("This site uses cookies. Accept all", "other"),
        ("Updated: 7 March 2025, 10:15", "other"),
        ("Posted 3 hours ago", "other"),
        ("Updated: death toll rises to five after the night raid", None),
        ("Like many frontline towns, the village has emptied since the spring.", None),
        ("Support for the evacuation plan has grown, our correspondent reported.", None),
        ("Our correspondent will follow the story on Telegram.", None),
        ("The governor said on Telegram that two people had been wounded.", None),
        ("By nightfall the fire had been put out.", None),
        ("Follow-up strikes hit the same district an hour later.", None),
        ("Follow up talks are due next week", None),
        ("The ministry released photos by a drone operator showing the damage.", None),
        ("The court fined the outlet in a copyright case.", None),
        ("Crater in the yard (Photo by Ana Lis)", "other"),
        ("Check out our podcast", "cta"),
        ("Listen to our evening bulletin at 9pm on 101.5 FM", "cta"),
        ("Got a story? Write to us at desk@steppewire.example", "cta"),
        ("Sign up for the Steppe Wire morning briefing", "cta"),
        ("Support for our troops is unwavering, the minister said.", None),
        ("Comments are closed for this article.", "other"),
        ("Forwarded from Border Watch", "other"),
        ("⚡️⚡️⚡️", "other"),
        ("Video", "other"),
        ("The outlet reached out to the defence ministry for comment via email.", None),
        ("Have a tip about the war? Let us know at desk@steppewire.example.", "cta"),
        ("This article was originally published by Steppe Wire.", "footer"),
    ],
)
def test_line_kind(line, kind):
    assert line_kind(line) == kind


def test_call_to_action_needs_a_target():
    assert is_call_to_action("Follow us for updates")
    assert not is_call_to_action("Follow the river south and you reach the bridge, which was destroyed in May.")


def test_a_paragraph_long_appeal_to_readers_is_a_call_to_action():
    appeal = (
        "You could close this tab now. Or you could help a small newsroom keep reporting from the front. "
        "We rely on readers like you. Become a member today."
    )
    assert line_kind(appeal) == "cta"
    news = (
        "Residents could close their shutters before the strike. Or they could flee to the basement, the mayor said. "
        "Many did neither."
    )
    assert line_kind(news) is None


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # How and when a newsletter or digest goes out, and how to pass it on or leave it.
        ("The Frontline Letter lands in subscribers' inboxes every Tuesday and Friday.", "footer"),
        ("This briefing is compiled daily by our Odesa desk.", "footer"),
        ("Our evening bulletin is emailed to readers on weekdays at 6pm", "footer"),
        ("To stop receiving these emails, unsubscribe here", "cta"),
        ("Found this useful? Forward it to a friend who follows the war.", "cta"),
        ("Was this forwarded to you? Get your own copy", "cta"),
        ("The defence ministry publishes its loss figures daily.", None),
        ("Shelling is reported every evening in the border villages, residents said.", None),
        ("The captured soldier was forwarded to a prison near the border.", None),
    ],
)
def test_newsletter_edition_furniture(line, kind):
    assert line_kind(line) == kind


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # Reuse and licence notices phrased without the word "copyright".
        ("Reprinting of our texts is allowed only with a hyperlink to the original.", "footer"),
        ("Full or partial reproduction without written permission of the editors is prohibited", "footer"),
        ("Republication welcome, with credit to the Delta Monitor", "footer"),
        ("All stories may be reused under a Creative Commons licence.", "footer"),
        ("Text available under CC BY-SA 4.0", "footer"),
        ("Use of force was permitted by the rules of engagement, the court ruled.", None),
        ("All materials were handed to the prosecutors with a link to the case file.", None),
        ("Reproduction of the leaked map was prohibited, the general said.", None),
    ],
)
def test_reuse_notices_are_footers(line, kind):
    assert line_kind(line) == kind


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # Broadcast and app calls to action.
        ("Listen to Radio Pivden on 104.2 FM", "cta"),
        ("📻 Hear the Harbour Hour live on 91,5 MHz every night", "cta"),
        ("Watch Delta TV on channel 24 of your cable network", "cta"),
        ("Download the Steppe Wire app from Google Play", "cta"),
        ("Tune in Saturdays at noon for the weekly frontline review", "cta"),
        ("Listen to the radio and stay in shelters, officials urged.", None),
        ("Watch the skies, residents were told after the air raid warning.", None),
    ],
)
def test_broadcast_and_app_calls_to_action(line, kind):
    assert line_kind(line) == kind


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("The next issue goes out on Thursday", "footer"),
        ("Our next briefing will be sent after the weekend.", "footer"),
        ("Texts of this website may be quoted with attribution", "footer"),
        ("The General Staff's next update will be published at 8am, the spokesman said.", None),
        ("Materials from the trial may be used as evidence later.", None),
    ],
)
def test_next_edition_and_site_materials_notices(line, kind):
    assert line_kind(line) == kind
