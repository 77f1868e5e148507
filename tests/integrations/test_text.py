"""HTML bodies become plain text that keeps quoted mail recognisable."""

from __future__ import annotations

import pytest

from integrations.text import html_to_text


@pytest.mark.parametrize(
    ("markup", "text"),
    [
        ("<div>Test ticket description ☃.</div>", "Test ticket description ☃."),
        ("<p>一行目</p><p>二行目</p>", "一行目\n\n二行目"),
        ("line one<br>line two", "line one\nline two"),
        ("<div>返事</div><blockquote>以前のメール</blockquote>", "返事\n\n> 以前のメール"),
        ("&lt;b&gt; &amp; &#x571F;下座", "<b> & 土下座"),
        ("<style>p{color:red}</style><p>本文</p>", "本文"),
        ("plain text, no tags", "plain text, no tags"),
    ],
)
def test_html_to_text(markup, text):
    assert html_to_text(markup) == text
