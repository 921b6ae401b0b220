"""One mailbox, however its owner spells it.

Bans, flood limits and confirmations work on the normalised address, so a reader
cannot dodge them with `name+anything@` or a dotted `n.a.m.e@gmail.com`. The lists
are kept to the large providers that document these aliases; elsewhere `+` and dots
may name different mailboxes, so only the case is folded.
"""

from .privacy import keyed_hashes

# Providers where `local+tag@` reaches `local@`.
PLUS_TAG_DOMAINS = frozenset(
    {
        "gmail.com",
        "googlemail.com",
        "outlook.com",
        "hotmail.com",
        "live.com",
        "icloud.com",
        "me.com",
        "fastmail.com",
        "proton.me",
        "protonmail.com",
    }
)
# Providers that ignore dots in the local part, and the domain they are the same as.
DOTLESS_DOMAINS = {"gmail.com": "gmail.com", "googlemail.com": "gmail.com"}


def normalised_email(address):
    """Return the address of the mailbox `address` reaches, in lower case."""
    local, at, domain = address.strip().lower().rpartition("@")
    if not at:
        return address.strip().lower()
    if domain in PLUS_TAG_DOMAINS:
        local = local.split("+", 1)[0]
    if domain in DOTLESS_DOMAINS:
        local, domain = local.replace(".", ""), DOTLESS_DOMAINS[domain]
    return f"{local}@{domain}"


def mailbox_hashes(address):
    """Return the keyed hashes of the mailbox `address` reaches, the current first:
    what is kept of an address confirmed for notices."""
    mailbox = normalised_email(address)
    return keyed_hashes(f"mailbox:{mailbox}") if mailbox else []
