/// The README of a new publisher repository, for plan editors, in Bahasa Indonesia.
enum StarterReadme {
    static func text(year: Int) -> String {
        readme.replacingAll("@YEAR@", String(year))
    }

    static let readme = #"""
        # Situs Kinerja Pengadaan Barang/Jasa

        Repositori ini berisi rencana kinerja, realisasi, dan laporan kinerja UKPBJ sesuai
        *SOP Pengelolaan Kinerja*. Semua isi ditulis sebagai berkas teks dan diterbitkan
        sebagai situs statis oleh **kinerja**. Setiap perubahan tercatat di riwayat git dan
        ditinjau melalui *pull request* (GitHub) atau *merge request* (GitLab).

        ## Isi repositori

        | berkas / folder | isi |
        |---|---|
        | `content/site.yaml` | identitas penerbit, bahasa situs, daftar perangkat daerah (OPD) |
        | `content/@YEAR@/plan.md` | rencana kinerja tahun @YEAR@: tujuan, status persetujuan, surat edaran, sosialisasi, riwayat revisi target |
        | `content/@YEAR@/areas/` | satu berkas per area strategis |
        | `content/@YEAR@/indicators/` | satu berkas per indikator: atribut, baseline, target, rencana aksi |
        | `content/@YEAR@/packages.csv` | paket pengadaan per area (kolom mengikuti SIRUP) |
        | `content/@YEAR@/realizations/` | realisasi per periode (dibuat saat pelaporan) |
        | `content/@YEAR@/reports/` | laporan kinerja per periode |
        | `site-templates/` | templat tampilan situs (boleh disesuaikan) |
        | `.github/workflows/kinerja.yml`, `.gitlab-ci.yml` | pemeriksaan dan penerbitan otomatis |

        Isi yang ada sekarang adalah **contoh**: satu tujuan, dua area, dua indikator, dan dua
        paket. Ganti dengan rencana UKPBJ Anda.

        ## Cara mengubah isi

        1. Buat cabang baru (di GitHub/GitLab: tombol *Edit* pada berkas lalu pilih "buat
           cabang baru"; atau di komputer: `git switch -c ubah-target-ik-01`).
        2. Ubah berkas. Berkas `.md` diawali blok data YAML di antara dua baris `---`, lalu
           narasi dalam Markdown:

           ```yaml
           ---
           title: Rata-rata waktu pemilihan penyedia
           target: 30
           ---
           Narasi: definisi, cara mengukur, catatan.
           ```

           Tanggal ditulis `YYYY-MM-DD` (misalnya `@YEAR@-01-15`). Periode ditulis `@YEAR@-03`
           (bulan), `@YEAR@-Q1` (triwulan), `@YEAR@-S1` (semester), atau `@YEAR@` (tahun).
        3. Ajukan *pull request* / *merge request* ke cabang `main`. Pemeriksaan otomatis
           berjalan dan hasilnya tampil pada permintaan tersebut.
        4. Setelah ditinjau dan disetujui, gabungkan (*merge*). Situs terbit ulang otomatis.

        Nama orang tidak perlu ditulis: cukup jabatan (Kepala UKPBJ, Kepala Subbagian …).

        ## Memeriksa isi

        ```sh
        kinerja check
        ```

        Setiap masalah ditampilkan dengan berkas, baris, dan kolomnya beserta kode aturan,
        misalnya `content/@YEAR@/indicators/IK-01.md:12:1: error[KJ301]: indicator IK-01 has no
        baseline`, sering disertai petunjuk (`hint:`) cara memperbaikinya. Kesalahan (*error*)
        harus diperbaiki sebelum situs dapat dibangun; peringatan (*warning*) tidak
        menghentikan apa pun.

        ## Pratinjau situs

        ```sh
        kinerja serve        # buka http://127.0.0.1:8000 ; halaman diperbarui saat berkas disimpan
        kinerja build        # menulis situs lengkap ke folder _site/
        ```

        ## Persetujuan perubahan target (SOP langkah 5–6)

        Selama rencana berstatus `draft`, `proposed`, atau `revision`, target dan baseline
        boleh diubah bebas. Setelah Kepala UKPBJ menyetujui rencana (`status: approved` di
        `plan.md`), **setiap perubahan target atau baseline harus disetujui ulang**:

        1. Ajukan usulan perubahan beserta alasannya kepada Kepala UKPBJ (SOP 5).
        2. Setelah disetujui (SOP 6), ubah nilainya di berkas indikator, **dan** tambahkan satu
           entri `revisions` di `content/@YEAR@/plan.md` dengan indikator, bidang, nilai lama,
           dan nilai baru yang sama persis:

           ```yaml
           revisions:
             - {on: @YEAR@-07-02, indicator: IK-01, field: target, from: 30, to: 28,
                reason: "Penambahan paket tender konstruksi pada triwulan III",
                approved_by: Kepala UKPBJ}
           ```

           `field` berisi `target`, `baseline`, atau `targets.<periode>` (misalnya
           `targets.@YEAR@-Q3`).
        3. Ajukan *pull request*. Pemeriksaan otomatis menjalankan `kinerja diff` dan
           menuliskan komentar berisi tabel setiap perubahan: ✅ bila ada entri `revisions` yang
           cocok, ❌ bila belum (kode KJ904). Selama masih ada ❌, pemeriksaan gagal dan
           perubahan sebaiknya tidak digabungkan.

        Tinjauan yang sama dapat dijalankan di komputer sendiri:

        ```sh
        kinerja diff origin/main              # dibandingkan dengan isi folder kerja
        kinerja diff origin/main --format json
        ```

        Perubahan satuan, polaritas, cara agregasi, dan penanggung jawab juga ditampilkan,
        tetapi tidak memerlukan entri `revisions`. Riwayat revisi tampil di situs pada halaman
        indikator dan halaman `/@YEAR@/changes/`.

        ## Setelah rencana disetujui

        Lengkapi `content/@YEAR@/plan.md` sesuai urutan SOP, lalu ubah `status` menjadi
        `approved`:

        ```yaml
        proposed_on: @YEAR@-01-08                                    # dipaparkan (SOP 5)
        approval: {by: Kepala UKPBJ, on: @YEAR@-01-15}               # disetujui (SOP 6)
        circular: {number: "…", on: @YEAR@-01-20}                    # surat edaran (SOP 7)
        socialization: {invited_on: @YEAR@-01-21, held_on: @YEAR@-01-27, attendees: 30}   # SOP 8–9
        ```

        Realisasi (`realizations/`) dan laporan (`reports/`) hanya diterima setelah rencana
        disetujui.

        ## Otomatisasi

        **GitHub.** Berkas `.github/workflows/kinerja.yml` memeriksa setiap *pull request*
        (`kinerja check --format github` menandai baris yang bermasalah, `kinerja diff` menjadi
        komentar) dan menerbitkan situs ke GitHub Pages setiap ada perubahan di `main`.
        Persiapan sekali saja:

        - Settings → Secrets and variables → Actions → Variables: buat variabel `KINERJA_REPO`
          berisi URL git sumber kinerja (dan, bila perlu, `KINERJA_REF`: cabang atau tag
          yang dipakai; bawaannya `main`).
        - Settings → Pages → Source: pilih **GitHub Actions**.

        **GitLab.** Berkas `.gitlab-ci.yml` melakukan hal yang sama untuk *merge request* dan
        menerbitkan ke GitLab Pages dari cabang utama. Isi variabel CI/CD `KINERJA_REPO`
        (Settings → CI/CD → Variables). Agar hasil `kinerja diff` ditulis sebagai komentar
        *merge request*, tambahkan juga `KINERJA_BOT_TOKEN` (token akses proyek dengan cakupan
        `api`, ditandai *masked*); tanpa token, hasilnya tetap tampil di log dan artefak job.
        """#
}
