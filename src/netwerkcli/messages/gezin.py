"""Dutch texts for the family file: loading, checking, the schema."""

BAD_CONTENT_FILE = "het inhoudsbestand {pad} is onleesbaar of onvolledig"
