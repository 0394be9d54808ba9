/** The navigation's view names, in order, as the pane shows them in Vietnamese and in English. */
export const VIEWS_VI = [
  'Bắt đầu',
  'Kiểm tra',
  'Thông tin',
  'Ảnh 4x6',
  'Hướng dẫn viết',
  'Mô hình, công trình',
  'Gửi báo cáo',
  'Cài đặt',
] as const;

export const VIEWS_EN = [
  'Start',
  'Checklist',
  'Details',
  '4x6 photo',
  'Writing guide',
  'Models and projects',
  'Send the report',
  'Settings',
] as const;
