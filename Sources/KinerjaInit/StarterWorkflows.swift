/// CI recipes of a new publisher repository: check and review every change request, build
/// and publish the site from the main branch. Both build kinerja from source (the
/// repository in the CI variable `KINERJA_REPO`, at `KINERJA_REF`) in a Swift container.
enum StarterWorkflows {
    /// The Swift container image the recipes build kinerja in.
    static let swiftImage = "swift:6.2"

    static func files() -> [(path: String, text: String)] {
        [(".github/workflows/kinerja.yml", github), (".gitlab-ci.yml", gitlab)]
            .map { ($0.0, $0.1.replacingAll("@SWIFT_IMAGE@", swiftImage)) }
    }

    static let github = #"""
        # kinerja di GitHub Actions (lihat README.md, bagian "Otomatisasi").
        # - Setiap pull request: `kinerja check` (anotasi pada berkas) dan `kinerja diff`
        #   terhadap cabang tujuan, dikirim sebagai komentar pull request. Perubahan target
        #   tanpa entri `revisions` membuat pemeriksaan gagal.
        # - Setiap push ke main: bangun situs dan terbitkan ke GitHub Pages
        #   (Settings → Pages → Source: GitHub Actions).
        # Isi variabel repositori KINERJA_REPO (URL git sumber kinerja) dan, bila perlu,
        # KINERJA_REF (cabang atau tag; bawaan main) di Settings → Secrets and variables →
        # Actions → Variables.
        name: kinerja

        on:
          pull_request:
          push:
            branches: [main]
          workflow_dispatch:

        env:
          KINERJA_REPO: ${{ vars.KINERJA_REPO }}
          KINERJA_REF: ${{ vars.KINERJA_REF || 'main' }}

        concurrency:
          group: kinerja-${{ github.ref }}
          cancel-in-progress: ${{ github.event_name == 'pull_request' }}

        jobs:
          review:
            if: github.event_name == 'pull_request'
            runs-on: ubuntu-latest
            container: @SWIFT_IMAGE@
            permissions:
              contents: read
              pull-requests: write
            steps:
              - uses: actions/checkout@v4
                with:
                  fetch-depth: 0
              - name: Install kinerja
                id: install
                run: |
                  git config --global --add safe.directory "$GITHUB_WORKSPACE"
                  if [ -z "$KINERJA_REPO" ]; then
                    echo "::error::Set the repository variable KINERJA_REPO to the git URL of kinerja (see README.md)"
                    exit 1
                  fi
                  apt-get update -qq && apt-get install -y -qq libcmark-dev libjemalloc-dev
                  git clone --depth 1 --branch "$KINERJA_REF" "$KINERJA_REPO" /opt/kinerja
                  swift build -c release --package-path /opt/kinerja --product kinerja
                  echo /opt/kinerja/.build/release >> "$GITHUB_PATH"
              - name: Check the content
                run: kinerja check --format github
              - name: Review target changes
                id: diff
                if: (success() || failure()) && steps.install.outcome == 'success'
                run: |
                  set +e
                  kinerja diff "origin/$GITHUB_BASE_REF" > kinerja-diff.md
                  echo "status=$?" >> "$GITHUB_OUTPUT"
                  cat kinerja-diff.md >> "$GITHUB_STEP_SUMMARY"
              - name: Comment on the pull request
                # Pull requests from forks get a read-only token: the summary above still shows the diff.
                if: (success() || failure()) && steps.diff.outputs.status != '' && github.event.pull_request.head.repo.full_name == github.repository
                uses: actions/github-script@v7
                with:
                  script: |
                    const fs = require('fs');
                    const marker = '<!-- kinerja diff -->';
                    const text = fs.readFileSync('kinerja-diff.md', 'utf8');
                    if (!text.trim()) return;
                    const body = marker + '\n' + text;
                    const { owner, repo } = context.repo;
                    const issue_number = context.issue.number;
                    const comments = await github.paginate(github.rest.issues.listComments, { owner, repo, issue_number });
                    const previous = comments.find(c => (c.body || '').startsWith(marker));
                    if (previous) {
                      await github.rest.issues.updateComment({ owner, repo, comment_id: previous.id, body });
                    } else {
                      await github.rest.issues.createComment({ owner, repo, issue_number, body });
                    }
              - name: Fail on unapproved target changes
                if: (success() || failure()) && steps.diff.outputs.status != '' && steps.diff.outputs.status != '0'
                run: exit "${{ steps.diff.outputs.status }}"

          build:
            if: github.event_name != 'pull_request'
            runs-on: ubuntu-latest
            container: @SWIFT_IMAGE@
            permissions:
              contents: read
            steps:
              - uses: actions/checkout@v4
              - name: Install kinerja
                run: |
                  git config --global --add safe.directory "$GITHUB_WORKSPACE"
                  if [ -z "$KINERJA_REPO" ]; then
                    echo "::error::Set the repository variable KINERJA_REPO to the git URL of kinerja (see README.md)"
                    exit 1
                  fi
                  apt-get update -qq && apt-get install -y -qq libcmark-dev libjemalloc-dev
                  git clone --depth 1 --branch "$KINERJA_REF" "$KINERJA_REPO" /opt/kinerja
                  swift build -c release --package-path /opt/kinerja --product kinerja
                  echo /opt/kinerja/.build/release >> "$GITHUB_PATH"
              - id: pages
                uses: actions/configure-pages@v5
              - name: Build the site
                run: |
                  export SOURCE_DATE_EPOCH="$(git log -1 --format=%ct)"
                  kinerja build --base-url "${{ steps.pages.outputs.base_url }}/" --output _site
              - uses: actions/upload-pages-artifact@v3
                with:
                  path: _site

          deploy:
            needs: build
            runs-on: ubuntu-latest
            permissions:
              pages: write
              id-token: write
            environment:
              name: github-pages
              url: ${{ steps.deployment.outputs.page_url }}
            steps:
              - id: deployment
                uses: actions/deploy-pages@v4

        """#

    static let gitlab = #"""
        # kinerja di GitLab CI/CD (lihat README.md, bagian "Otomatisasi").
        # - Setiap merge request: `kinerja check` dan `kinerja diff` terhadap cabang tujuan;
        #   hasil diff menjadi catatan (komentar) merge request bila variabel
        #   KINERJA_BOT_TOKEN (token akses proyek, cakupan api) diisi. Perubahan target
        #   tanpa entri `revisions` membuat pipeline gagal.
        # - Setiap push ke cabang utama: bangun situs dan terbitkan ke GitLab Pages.
        # Isi variabel CI/CD KINERJA_REPO (URL git sumber kinerja) di Settings → CI/CD →
        # Variables; KINERJA_REF memilih cabang atau tag (bawaan main).
        stages: [test, deploy]

        variables:
          KINERJA_REF: main
          GIT_DEPTH: "0"

        default:
          image: @SWIFT_IMAGE@
          before_script:
            - test -n "$KINERJA_REPO" || { echo "Set the CI/CD variable KINERJA_REPO to the git URL of kinerja (see README.md)"; exit 1; }
            - apt-get update -qq && apt-get install -y -qq libcmark-dev libjemalloc-dev curl
            - git clone --depth 1 --branch "$KINERJA_REF" "$KINERJA_REPO" /opt/kinerja
            - swift build -c release --package-path /opt/kinerja --product kinerja
            - export PATH="/opt/kinerja/.build/release:$PATH"

        review:
          stage: test
          rules:
            - if: $CI_PIPELINE_SOURCE == "merge_request_event"
          script:
            - check=0; kinerja check || check=$?
            - git fetch --no-tags origin "+refs/heads/$CI_MERGE_REQUEST_TARGET_BRANCH_NAME:refs/remotes/origin/$CI_MERGE_REQUEST_TARGET_BRANCH_NAME"
            - diff=0; kinerja diff "origin/$CI_MERGE_REQUEST_TARGET_BRANCH_NAME" > kinerja-diff.md || diff=$?
            - cat kinerja-diff.md
            - |
              if [ -n "$KINERJA_BOT_TOKEN" ] && [ -s kinerja-diff.md ]; then
                curl --fail --silent --show-error --request POST \
                  --header "PRIVATE-TOKEN: $KINERJA_BOT_TOKEN" \
                  --data-urlencode "body@kinerja-diff.md" \
                  "$CI_API_V4_URL/projects/$CI_PROJECT_ID/merge_requests/$CI_MERGE_REQUEST_IID/notes" > /dev/null
              fi
            - test "$check" -eq 0 && test "$diff" -eq 0
          artifacts:
            when: always
            paths: [kinerja-diff.md]

        pages:
          stage: deploy
          rules:
            - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH
          script:
            - export SOURCE_DATE_EPOCH="$(git log -1 --format=%ct)"
            - kinerja build --base-url "$CI_PAGES_URL/" --output public
          artifacts:
            paths: [public]

        """#
}
