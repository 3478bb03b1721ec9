

def test_ipv6_followed_by_a_colon_as_punctuation() -> None:
    from woo_redact.detect.recognizers import IpAddressRecognizer

    text = "verdacht patroon vanaf 2001:db8:81c:0:3d2e:9bd1:44f7:e10a: 1.400 verzoeken"
    res = IpAddressRecognizer().analyze(text, ["IP_ADDRESS"])
    assert [text[r.start : r.end] for r in res] == ["2001:db8:81c:0:3d2e:9bd1:44f7:e10a"]
