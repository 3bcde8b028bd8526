/// The minimal valid content of a new publisher (`kinerja init`): site.yaml and one fiscal
/// year with a draft plan, one objective, two areas, two indicators and two packages. It
/// passes `kinerja check` without errors; editors replace the examples with their own.
enum StarterContent {
    /// Relative path → text, for the plan year `year`.
    static func files(year: Int) -> [(path: String, text: String)] {
        let y = String(year)
        return [
            ("content/site.yaml", site),
            ("content/\(y)/plan.md", plan),
            ("content/\(y)/areas/waktu.md", areaTime),
            ("content/\(y)/areas/efisiensi.md", areaSavings),
            ("content/\(y)/indicators/IK-01.md", indicatorTime),
            ("content/\(y)/indicators/IK-02.md", indicatorSavings),
            ("content/\(y)/packages.csv", packages),
        ].map { ($0.0, $0.1.replacingAll("@YEAR@", y).replacingAll("@PREV@", String(year - 1))) }
    }

    static let site = """
        # Penerbit situs kinerja. Ganti nama-nama contoh di bawah dengan milik UKPBJ Anda.
        title: Kinerja Pengadaan Barang/Jasa Kabupaten Contoh
        unit: Bagian Pengadaan Barang dan Jasa, Sekretariat Daerah Kabupaten Contoh
        short_name: UKPBJ Contoh
        # Alamat situs setelah diterbitkan; dipakai untuk tautan pada komentar `kinerja diff`.
        # base_url: https://kinerja.contoh.go.id/
        languages: [id, en]            # bahasa pertama menjadi bahasa utama situs
        achievement_cap: 120           # capaian ditampilkan dan dirata-rata paling tinggi 120 %
        opds:                          # perangkat daerah; paket merujuk ke `code`
          - {code: "1.01.01", name: Dinas Pendidikan dan Kebudayaan, short: Disdikbud}
          - {code: "1.03.01", name: Dinas Pekerjaan Umum dan Penataan Ruang, short: DPUPR}

        """

    static let plan = """
        ---
        year: @YEAR@
        title: Rencana Kinerja UKPBJ @YEAR@
        status: draft                  # draft | proposed | revision | approved
        # Setelah dipaparkan kepada Kepala UKPBJ (SOP 5) dan disetujui (SOP 6), isi:
        # proposed_on: @YEAR@-01-08
        # approval: {by: Kepala UKPBJ, on: @YEAR@-01-15}
        # circular: {number: "…", on: @YEAR@-01-20}
        # socialization: {invited_on: @YEAR@-01-21, held_on: @YEAR@-01-27, attendees: 30}
        # lalu ubah status menjadi approved.
        inputs: [RPJMD, Arahan pimpinan, Perjanjian kinerja @YEAR@, Capaian @PREV@]
        objectives:
          - {id: T1, title: Pengadaan yang tepat waktu dan efisien}
        # Setiap perubahan target atau baseline setelah rencana disetujui dicatat di sini,
        # dengan persetujuan Kepala UKPBJ (SOP 5–6), misalnya:
        # - {on: @YEAR@-07-02, indicator: IK-01, field: target, from: 30, to: 28,
        #    reason: "…", approved_by: Kepala UKPBJ}
        revisions: []
        ---
        Rencana kinerja UKPBJ tahun @YEAR@. Tuliskan di sini latar belakang rencana, arah
        kebijakan pimpinan, dan hal-hal penting yang perlu diketahui pembaca.

        """

    static let areaTime = """
        ---
        title: Ketepatan Waktu
        objective: T1
        order: 1
        ---
        Pemilihan penyedia selesai tepat waktu sehingga pekerjaan dapat dimulai sesuai jadwal
        dan anggaran terserap sesuai rencana.

        """

    static let areaSavings = """
        ---
        title: Penghematan Biaya
        objective: T1
        order: 2
        ---
        Harga kontrak yang wajar dan lebih rendah dari pagu tanpa mengurangi mutu barang/jasa.

        """

    static let indicatorTime = """
        ---
        title: Rata-rata waktu pemilihan penyedia
        area: waktu
        unit: hari
        polarity: negative             # makin kecil makin baik
        frequency: quarterly
        aggregation: average
        per: package                   # realisasi dilaporkan per paket (SOP 12)
        formula: "Σ(tanggal penetapan pemenang − tanggal pengumuman) / jumlah paket tender"
        data_source: SPSE
        owner: {name: Kepala Subbagian Pengelolaan Pengadaan Barang/Jasa, role: Penanggung Jawab Kinerja}
        baseline: {value: 35, year: @PREV@}
        target: 30
        targets: {@YEAR@-Q1: 33, @YEAR@-Q2: 32, @YEAR@-Q3: 31, @YEAR@-Q4: 30}
        actions:
          - {id: RA-01-1, title: Standardisasi dokumen pemilihan,
             owner: Kepala Subbagian Pengelolaan Pengadaan Barang/Jasa, due: @YEAR@-03-31}
        ---
        Rata-rata jumlah hari kalender dari pengumuman tender sampai penetapan pemenang, untuk
        paket tender yang selesai dipilih pada periode laporan.

        """

    static let indicatorSavings = """
        ---
        title: Persentase penghematan anggaran pengadaan
        area: efisiensi
        unit: "%"
        polarity: positive             # makin besar makin baik
        frequency: semester
        aggregation: ratio
        per: package
        scale: 100
        formula: "Σ(pagu − nilai kontrak) / Σ pagu × 100"
        data_source: SPSE dan SIRUP
        owner: {name: Kepala Subbagian Layanan Pengadaan Secara Elektronik, role: Penanggung Jawab Kinerja}
        baseline: {value: 5, year: @PREV@}
        target: 7
        targets: {@YEAR@-S1: 6, @YEAR@-S2: 7}
        actions:
          - {id: RA-02-1, title: Reviu harga perkiraan sendiri paket bernilai besar,
             owner: Kepala Subbagian Layanan Pengadaan Secara Elektronik, due: @YEAR@-06-30}
        ---
        Selisih pagu dan nilai kontrak dibagi pagu, untuk paket yang berkontrak pada periode
        laporan. Realisasi per paket ditulis sebagai `numerator` (pagu − nilai kontrak) dan
        `denominator` (pagu).

        """

    static let packages = """
        kd_rup,nama_paket,kd_satker,nama_satker,pagu,metode_pengadaan,jenis_pengadaan,sumber_dana,status_pdn,status_ukm,tgl_awal_pemilihan,area
        50000001,Rehabilitasi Ruang Kelas SD Negeri Contoh,1.01.01,Dinas Pendidikan dan Kebudayaan,1250000000,Tender,Pekerjaan Konstruksi,APBD,PDN,Non UKM,@YEAR@-03-02,waktu
        50000002,Pemeliharaan Berkala Jalan Poros Kecamatan,1.03.01,Dinas Pekerjaan Umum dan Penataan Ruang,2400000000,Tender,Pekerjaan Konstruksi,APBD,PDN,Non UKM,@YEAR@-04-06,efisiensi

        """
}
