import KinerjaCore

/// `data/<year>/packages.csv`: the year's procurement packages with SIRUP's column names
/// (so the file reads like an LKPP export) and the area each is cascaded to.
enum PackagesTable {
    static let fields: [TableField] = [
        TableField("kd_rup", .string, "SIRUP package code (kode RUP)"),
        TableField("nama_paket", .string, "Package name"),
        TableField("kd_satker", .string, "Code of the regional agency (OPD) owning the package"),
        TableField("nama_satker", .string, "Name of the regional agency (OPD)"),
        TableField("pagu", .number, "Budget ceiling in rupiah"),
        TableField("metode_pengadaan", .string, "Procurement method as SIRUP writes it (Tender, E-Purchasing, …)"),
        TableField("jenis_pengadaan", .string, "Procurement type (barang, pekerjaan konstruksi, jasa, …)"),
        TableField("sumber_dana", .string, "Source of funds"),
        TableField("status_pdn", .string, "Domestic-product status (produk dalam negeri)"),
        TableField("status_ukm", .string, "Small-business status (usaha kecil)"),
        TableField("tgl_awal_pemilihan", .date, "Planned start of supplier selection"),
        TableField("area", .string, "Strategic area id the package is cascaded to (SOP step 10)"),
    ]

    static func table(_ year: YearContent, site: Site) -> CSVTableWriter {
        var table = CSVTableWriter(fields: fields)
        for p in year.packages {
            table.append([
                .text(p.kdRup), .text(p.namaPaket), .text(p.kdSatker), .text(p.namaSatker ?? site.opd(p.kdSatker)?.name),
                .integer(p.pagu), .text(p.metodePengadaan), .text(p.jenisPengadaan), .text(p.sumberDana),
                .text(p.statusPdn), .text(p.statusUkm), .text(p.tglAwalPemilihan?.description), .text(p.area),
            ])
        }
        return table
    }
}
