"""Media in an S3-compatible bucket, tested against a real S3 server (moto_server)
started for the test, so every app server sees every upload."""

import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from django.core.cache import caches
from django.core.files.base import ContentFile
from django.core.files.storage import storages

from masthead.settings.environment import media_storage_from_environment

BUCKET = "masthead-media"
# The bucket policy the README gives: images are public, documents/ is not.
PUBLIC_IMAGES = {
    "Version": "2012-10-17",
    "Statement": [
        {
            "Effect": "Allow",
            "Principal": "*",
            "Action": "s3:GetObject",
            "Resource": [
                f"arn:aws:s3:::{BUCKET}/images/*",
                f"arn:aws:s3:::{BUCKET}/original_images/*",
            ],
        }
    ],
}


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def s3_server():
    """Yield the endpoint URL of a moto S3 server on 127.0.0.1, stopped afterwards."""
    command = shutil.which("moto_server") or str(
        Path(sys.executable).with_name("moto_server")
    )
    port = free_port()
    process = subprocess.Popen(  # noqa: S603 - our own fixed command
        [command, "-H", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    endpoint = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=2).close()
                break
            except OSError:
                time.sleep(0.2)
        yield endpoint
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture
def bucket(s3_server, monkeypatch, settings):
    """Media stored in a fresh bucket of the S3 server, as the environment says."""
    import boto3

    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "test-key")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "test-secret")
    monkeypatch.setenv("MASTHEAD_MEDIA_S3_BUCKET", BUCKET)
    monkeypatch.setenv("MASTHEAD_MEDIA_S3_ENDPOINT_URL", s3_server)
    monkeypatch.setenv("MASTHEAD_MEDIA_S3_REGION", "us-east-1")
    client = boto3.client("s3", endpoint_url=s3_server, region_name="us-east-1")
    client.create_bucket(Bucket=BUCKET)
    client.put_bucket_policy(Bucket=BUCKET, Policy=json.dumps(PUBLIC_IMAGES))
    settings.STORAGES = {
        **settings.STORAGES,
        "default": media_storage_from_environment(),
    }
    storages._storages.pop("default", None)
    # Wagtail caches renditions by image id, which the next test's image reuses.
    caches["default"].clear()
    yield client
    storages._storages.pop("default", None)
    for item in client.list_objects_v2(Bucket=BUCKET).get("Contents", []):
        client.delete_object(Bucket=BUCKET, Key=item["Key"])
    client.delete_bucket(Bucket=BUCKET)


def test_without_a_bucket_media_stay_in_the_media_folder(monkeypatch):
    monkeypatch.delenv("MASTHEAD_MEDIA_S3_BUCKET", raising=False)
    assert media_storage_from_environment() == {
        "BACKEND": "django.core.files.storage.FileSystemStorage"
    }


def test_uploaded_image_and_its_rendition_are_kept_in_the_bucket(bucket, make_image):
    image = make_image()
    rendition = image.get_rendition("fill-120x80")
    keys = {item["Key"] for item in bucket.list_objects_v2(Bucket=BUCKET)["Contents"]}
    assert image.file.name in keys
    assert rendition.file.name in keys


def test_rendition_address_is_answered_by_the_bucket(bucket, make_image):
    rendition = make_image().get_rendition("fill-120x80")
    with urllib.request.urlopen(rendition.url, timeout=10) as response:
        body = response.read()
    assert rendition.url.startswith(bucket.meta.endpoint_url)
    assert body[:2] == b"\xff\xd8"  # the JPEG itself


def test_document_in_the_bucket_is_not_public(bucket, s3_server):
    storage = storages["default"]
    name = storage.save("documents/minutes.txt", ContentFile(b"board minutes"))
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(storage.url(name), timeout=10)
    assert refused.value.code == 403
