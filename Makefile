# Conventional build and install: `make install PREFIX=/usr/local` puts the binary in
# PREFIX/bin and the themes in PREFIX/share/cobro/themes, where the desk looks for them.
PREFIX ?= /usr/local
BINDIR = $(DESTDIR)$(PREFIX)/bin
THEMEDIR = $(DESTDIR)$(PREFIX)/share/cobro/themes

.PHONY: build test install uninstall

build:
	swift build -c release

test:
	swift test

install: build
	install -d "$(BINDIR)" "$(THEMEDIR)"
	install -m 755 .build/release/cobro "$(BINDIR)/cobro"
	install -m 644 Themes/*.yaml "$(THEMEDIR)/"

uninstall:
	rm -f "$(BINDIR)/cobro"
	rm -rf "$(DESTDIR)$(PREFIX)/share/cobro"
