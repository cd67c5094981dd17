/**
 * A hand-made annual report of Sơn La for 2025, as the report builder would hand it to the renderers:
 * three sections with paragraphs and tables (integer, one-decimal and percent columns, cells without
 * figures, group and total rows), two appendices, the longer with ~150 rows so that it spans pages, and a
 * hostile unit name that every output must print as text.
 */
import type { FigureRef, ReportDocument, ReportParagraph, ReportRow, ReportSentence } from '../../src/domain/reports/report-types.ts';

/** A unit name that must come out as text in HTML, DOCX and XLSX alike. */
export const HOSTILE_NAME = 'Xã <script>alert(1)</script> & "A"';

const AT = '2025-12-31';
const COMMUNES = [
  'Phường Tô Hiệu',
  'Phường Chiềng An',
  'Phường Chiềng Cơi',
  'Phường Chiềng Sinh',
  'Xã Mường Bú',
  'Xã Mường La',
  'Xã Chiềng Lao',
  'Xã Ngọc Chiến',
  'Xã Thuận Châu',
  'Xã Bình Thuận',
  'Xã Mường É',
  'Xã Long Hẹ',
  'Xã Quỳnh Nhai',
  'Xã Mường Giôn',
  'Xã Mường Sại',
  'Xã Bắc Yên',
  'Xã Tà Xùa',
  'Xã Phù Yên',
  'Xã Gia Phù',
  'Xã Mộc Châu',
  'Xã Vân Hồ',
  'Xã Yên Châu',
  'Xã Mai Sơn',
  'Xã Sông Mã',
  'Xã Sốp Cộp',
  HOSTILE_NAME,
];
const VILLAGE_WORDS = ['Nà', 'Pá', 'Huổi', 'Co', 'Phiêng', 'Hua', 'Ten', 'Lọng', 'Bó', 'Nong'];
const VILLAGE_ENDS = ['Ngựu', 'Sẳng', 'Lìu', 'Mòn', 'Pàn', 'Khoang', 'Củ', 'Mạt', 'Lằn', 'Hịa', 'Bon', 'Cang', 'Sàng', 'Luông', 'Muôn'];

/** The report; `villages` rows in Phụ lục II (150 by default), `demo` marks demo figures. */
export function buildSampleReport(options: { villages?: number; demo?: boolean } = {}): ReportDocument {
  const random = seededRandom(20251231);
  const villages = options.villages ?? 150;
  return {
    kind: 'annual',
    request: { province: '14', period: '2025', sections: ['telecom', 'postal', 'it', 'appendix_communes', 'appendix_villages'], date: '2025-12-15' },
    area: { code: '14', name: 'Sơn La', fullName: 'Tỉnh Sơn La' },
    period: { code: '2025', label: 'năm 2025', start: '2025-01-01', end: '2025-12-31' },
    at: AT,
    meta: {
      superiorAgency: 'UBND TỈNH SƠN LA',
      agency: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ',
      agencySymbol: 'SKHCN',
      numberLine: 'Số: 125/BC-SKHCN',
      placeDateLine: 'Sơn La, ngày 15 tháng 12 năm 2025',
      date: '2025-12-15',
      title: 'BÁO CÁO',
      subtitle: 'Tổng kết công tác bưu chính, viễn thông, công nghệ thông tin và chuyển đổi số năm 2025',
      recipients: ['Bộ Khoa học và Công nghệ (b/c)', 'Thường trực Tỉnh ủy (b/c)', 'UBND tỉnh (b/c)', 'UBND các xã, phường', 'Lưu: VT, BCVT&CĐS'],
      signer: { authority: 'KT. GIÁM ĐỐC', position: 'PHÓ GIÁM ĐỐC', name: 'Nguyễn Văn An' },
    },
    intro: [
      paragraph([
        sentence(
          'Thực hiện Kế hoạch số 45/KH-UBND ngày 20/02/2025 của UBND tỉnh về chuyển đổi số năm 2025, Sở Khoa học và Công nghệ báo cáo kết quả công tác bưu chính, viễn thông, công nghệ thông tin và chuyển đổi số năm 2025 như sau:',
        ),
      ]),
    ],
    mainHeading: 'I. KẾT QUẢ THỰC HIỆN',
    sections: [
      {
        id: 'telecom',
        heading: '1. Hạ tầng viễn thông, Internet',
        blocks: [
          paragraph([
            sentence('Đến hết năm 2025, toàn tỉnh có 1.463 trạm BTS, tăng 112 trạm so với năm 2024.', [
              figure(indicator('telecom.bts_stations'), 1463, '1.463'),
              figure(
                { kind: 'derived', formula: 'difference', of: [indicator('telecom.bts_stations'), indicator('telecom.bts_stations', '2024')] },
                112,
                '112',
              ),
            ]),
            sentence('Tỷ lệ thôn, bản có dịch vụ băng rộng cố định đạt 58,2%.', [figure(coverage('share'), 58.2, '58,2')]),
          ]),
          paragraph(
            [sentence('Các doanh nghiệp viễn thông đã phủ sóng 4G đến 98,6% dân số; tốc độ truy nhập băng rộng di động bình quân đạt 62,4 Mbps.')],
            true,
          ),
          paragraph([sentence(`Còn 32 thôn, bản chưa có sóng di động, tập trung tại ${HOSTILE_NAME} và các xã biên giới.`)], true),
          {
            type: 'table',
            id: 'telecom-areas',
            title: 'Bảng 1. Hạ tầng viễn thông, Internet theo khu vực',
            columns: [
              { header: 'STT', format: 'text', decimals: 0, width: 7 },
              { header: 'Khu vực', format: 'text', decimals: 0, width: 30 },
              { header: 'Số trạm BTS (trạm)', format: 'integer', decimals: 0, width: 14 },
              { header: 'Thuê bao băng rộng cố định (thuê bao)', format: 'integer', decimals: 0, width: 18 },
              { header: 'Tốc độ bình quân (Mbps)', format: 'number', decimals: 1, width: 14 },
              { header: 'Thôn có băng rộng cố định (%)', format: 'percent', decimals: 1, width: 16 },
            ],
            rows: [
              { cells: ['1', 'Thành thị', 412, 48250, 85.4, 96.5] },
              { cells: ['2', 'Nông thôn', 893, 61820, 54.25, 52.1] },
              { cells: ['3', 'Vùng đặc biệt khó khăn', 158, 7935, null, 31.0] },
              { cells: ['4', HOSTILE_NAME, 0, null, null, null] },
              { cells: ['', 'Toàn tỉnh', 1463, 118005, 62.4, 58.2], emphasis: 'total' },
            ],
            notes: ['(–): chưa có số liệu.', 'Nguồn: số liệu đã duyệt của các doanh nghiệp viễn thông trên địa bàn.'],
          },
        ],
      },
      {
        id: 'postal',
        heading: '2. Bưu chính',
        blocks: [
          paragraph([
            sentence('Mạng bưu chính công cộng có 204 điểm phục vụ, trong đó 188 điểm bưu điện văn hóa xã.'),
            sentence('Sản lượng bưu gửi năm 2025 đạt 2.145,8 nghìn bưu gửi, bằng 107,3% kế hoạch năm.', [
              figure(indicator('postal.items', '2025', 'actual'), 2145.8, '2.145,8'),
              figure({ kind: 'derived', formula: 'percentOfPlan', of: [indicator('postal.items'), indicator('postal.items', '2025', 'plan')] }, 107.3, '107,3'),
            ]),
          ]),
          paragraph([sentence('Dịch vụ bưu chính công ích được duy trì ổn định tại 100% xã, phường.')], true),
          paragraph([sentence('Tiếp nhận và trả kết quả thủ tục hành chính qua dịch vụ bưu chính công ích đạt 38.420 hồ sơ.')], true),
        ],
      },
      {
        id: 'it',
        heading: '3. Công nghệ thông tin và chuyển đổi số',
        blocks: [
          paragraph([
            sentence(
              'Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh tiếp nhận 412.586 hồ sơ, trong đó 78,4% hồ sơ được nộp trực tuyến toàn trình; tỷ lệ hồ sơ giải quyết đúng hạn đạt 99,1%.',
            ),
          ]),
          {
            type: 'table',
            id: 'it-plan',
            title: 'Bảng 2. Kết quả thực hiện một số chỉ tiêu so với kế hoạch năm 2025',
            columns: [
              { header: 'STT', format: 'text', decimals: 0, width: 7 },
              { header: 'Chỉ tiêu', format: 'text', decimals: 0, width: 40 },
              { header: 'Kế hoạch', format: 'number', decimals: 1, width: 14 },
              { header: 'Thực hiện', format: 'number', decimals: 1, width: 14 },
              { header: 'So với kế hoạch (%)', format: 'percent', decimals: 1, width: 16 },
            ],
            rows: [
              { cells: ['I', 'Chính quyền số', null, null, null], emphasis: 'group' },
              { cells: ['1', 'Hồ sơ trực tuyến toàn trình (%)', 70, 78.4, 112] },
              { cells: ['2', 'Văn bản điện tử có ký số (%)', 95, 97.25, 102.4] },
              { cells: ['II', 'Kinh tế số', null, null, null], emphasis: 'group' },
              { cells: ['3', 'Doanh thu viễn thông (tỷ đồng)', 1450, 1463.5, 100.9] },
              { cells: ['4', 'Doanh nghiệp công nghệ số (doanh nghiệp)', 120, null, null] },
              { cells: ['', 'Số chỉ tiêu đạt kế hoạch', 4, 3, 75], emphasis: 'total' },
            ],
            notes: ['Tỷ lệ so với kế hoạch = thực hiện / kế hoạch × 100.'],
          },
        ],
      },
    ],
    appendices: [
      {
        id: 'appendix_communes',
        heading: 'PHỤ LỤC I. HẠ TẦNG VIỄN THÔNG, INTERNET THEO XÃ, PHƯỜNG',
        blocks: [
          paragraph([sentence(`(Kèm theo Báo cáo số 125/BC-SKHCN ngày 15/12/2025 của Sở Khoa học và Công nghệ)`)], true),
          {
            type: 'table',
            id: 'appendix-communes',
            title: 'Bảng PL1. Hạ tầng viễn thông, Internet theo xã, phường',
            columns: [
              { header: 'STT', format: 'text', decimals: 0, width: 7 },
              { header: 'Xã, phường', format: 'text', decimals: 0, width: 30 },
              { header: 'Số thôn, bản', format: 'integer', decimals: 0, width: 12 },
              { header: 'Thôn có băng rộng', format: 'integer', decimals: 0, width: 14 },
              { header: 'Tỷ lệ (%)', format: 'percent', decimals: 1, width: 12 },
              { header: 'Dân số (nghìn người)', format: 'number', decimals: 1, width: 14 },
            ],
            rows: COMMUNES.map((name, i): ReportRow => {
              const total = 8 + Math.floor(random() * 30);
              const covered = i % 9 === 8 ? null : Math.floor(total * random());
              return { cells: [String(i + 1), name, total, covered, covered === null ? null : (covered / total) * 100, 3 + random() * 25] };
            }),
            notes: ['(–): chưa có số liệu.'],
          },
        ],
      },
      {
        id: 'appendix_villages',
        heading: 'PHỤ LỤC II. THÔN, BẢN CHƯA CÓ DỊCH VỤ BĂNG RỘNG CỐ ĐỊNH',
        blocks: [
          {
            type: 'table',
            id: 'appendix-villages',
            title: 'Bảng PL2. Danh sách thôn, bản chưa có dịch vụ băng rộng cố định',
            columns: [
              { header: 'STT', format: 'text', decimals: 0, width: 7 },
              { header: 'Thôn, bản', format: 'text', decimals: 0, width: 24 },
              { header: 'Xã, phường', format: 'text', decimals: 0, width: 26 },
              { header: 'Số hộ', format: 'integer', decimals: 0, width: 12 },
              { header: 'Khoảng cách đến trạm BTS gần nhất (km)', format: 'number', decimals: 1, width: 18 },
              { header: 'Tỷ lệ hộ có điện thoại thông minh (%)', format: 'percent', decimals: 1, width: 16 },
            ],
            rows: Array.from({ length: villages }, (_, i): ReportRow => {
              const village = `Bản ${VILLAGE_WORDS[i % VILLAGE_WORDS.length]} ${VILLAGE_ENDS[Math.floor(i / VILLAGE_WORDS.length) % VILLAGE_ENDS.length]}`;
              const commune = COMMUNES[(i * 7) % COMMUNES.length]!;
              return { cells: [String(i + 1), village, commune, 20 + Math.floor(random() * 180), i % 13 === 5 ? null : random() * 12, 20 + random() * 70] };
            }),
            notes: ['Khoảng cách đo theo đường chim bay.'],
          },
        ],
      },
    ],
    dataNotes: [
      'Số liệu đã được phê duyệt trên hệ thống ictmon đến ngày 15/12/2025; đơn vị hành chính theo Nghị quyết số 1681/NQ-UBTVQH15.',
      'Tỷ lệ tính trên số thôn, bản đang tồn tại tại ngày 31/12/2025.',
    ],
    demo: options.demo ?? true,
    builtAt: '2025-12-15T02:30:00.000Z',
  };
}

function paragraph(sentences: ReportSentence[], item = false): ReportParagraph {
  return { type: 'paragraph', sentences, ...(item ? { item } : {}) };
}

function sentence(text: string, figures: ReportSentence['figures'] = []): ReportSentence {
  return { text, figures };
}

function figure(ref: FigureRef, value: number, shown: string) {
  return { ref, value, shown };
}

function indicator(code: string, period = '2025', series: 'actual' | 'plan' = 'actual'): FigureRef {
  return { kind: 'indicator', unit: '14', indicator: code, period, breakdown: '', series, at: AT };
}

function coverage(count: 'share' | 'villages'): FigureRef {
  return { kind: 'coverage', area: '14', date: AT, count };
}

/** A small deterministic generator (LCG), so that every run renders the same numbers. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}
