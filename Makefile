# Conventional build and install: `make install PREFIX=/usr/local` puts the binary in
# PREFIX/bin, the themes in PREFIX/share/cobro/themes and the reminder templates in
# PREFIX/share/cobro/templates, where cobro looks for them.
PREFIX ?= /usr/local
BINDIR = $(DESTDIR)$(PREFIX)/bin
THEMEDIR = $(DESTDIR)$(PREFIX)/share/cobro/themes
TEMPLATEDIR = $(DESTDIR)$(PREFIX)/share/cobro/templates

.PHONY: build test install uninstall

build:
	swift build -c release

test:
	swift test

install: build
	install -d "$(BINDIR)" "$(THEMEDIR)"
	install -m 755 .build/release/cobro "$(BINDIR)/cobro"
	install -m 644 Themes/*.yaml "$(THEMEDIR)/"
	install -d "$(TEMPLATEDIR)/es" "$(TEMPLATEDIR)/en"
	install -m 644 Templates/es/*.mustache "$(TEMPLATEDIR)/es/"
	install -m 644 Templates/en/*.mustache "$(TEMPLATEDIR)/en/"

uninstall:
	rm -f "$(BINDIR)/cobro"
	rm -rf "$(DESTDIR)$(PREFIX)/share/cobro"
