# budgetsite in a container, for CI systems without Debian packages (docs/packaging.md):
#   docker build -t budgetsite .
#   docker run --rm -v "$PWD":/site -u "$(id -u):$(id -g)" budgetsite build
# The first stage compiles budgetsite and packs it as a .deb (cpack); the second installs that
# package on Debian's slim image and runs as an unprivileged user.
FROM debian:12 AS build
ENV DEBIAN_FRONTEND=noninteractive BUDGETSITE_BROWSER_TESTS=0
RUN apt-get update -qq && apt-get install -y -qq --no-install-recommends ca-certificates git && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN ./scripts/install-deps.sh \
 && cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DBUDGETSITE_BUILD_TESTS=OFF \
 && cmake --build build -j"$(nproc)" \
 && cd build && cpack -G DEB

FROM debian:12-slim
COPY --from=build /src/build/budgetsite_*.deb /tmp/
RUN apt-get update -qq \
 && apt-get install -y -qq --no-install-recommends /tmp/budgetsite_*.deb \
 && rm -rf /var/lib/apt/lists/* /tmp/budgetsite_*.deb \
 && useradd --create-home --uid 10001 budgetsite
USER budgetsite
WORKDIR /site
ENTRYPOINT ["budgetsite"]
CMD ["build"]
