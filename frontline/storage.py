"""Private files: those only a view that checks who asks may hand out (certificate PDFs, which
carry the holder's name; course documents, for signed-in people). They live in the "private"
storage of ``STORAGES``, outside ``MEDIA_ROOT``, and have no URL, so no proxy rule or guessed
address can reach them."""

from django.conf import settings
from django.core.files.storage import FileSystemStorage, storages
from django.utils.deconstruct import deconstructible
from django.utils.functional import cached_property


@deconstructible(path="frontline.storage.PrivateFileStorage")
class PrivateFileStorage(FileSystemStorage):
    """Files under ``PRIVATE_MEDIA_ROOT`` (unless given a location), without URLs."""

    @cached_property
    def base_location(self):
        return self._value_or_setting(self._location, settings.PRIVATE_MEDIA_ROOT)

    @cached_property
    def base_url(self):
        return None  # url() refuses: a view serves these files

    def _clear_cached_properties(self, setting, **kwargs):
        super()._clear_cached_properties(setting, **kwargs)
        if setting == "PRIVATE_MEDIA_ROOT":
            self.__dict__.pop("base_location", None)
            self.__dict__.pop("location", None)


def private_storage():
    """The private storage, for ``FileField(storage=private_storage)`` (a callable keeps the
    setting out of migrations)."""
    return storages["private"]
