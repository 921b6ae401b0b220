"""The moderation desk's pages; each module holds a few thin views."""
