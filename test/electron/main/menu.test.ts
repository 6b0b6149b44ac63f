import { describe, expect, it, vi } from 'vitest';

// The real 'electron' package throws without its binary: the menu is built from a mocked Menu.
vi.mock('electron', () => ({
  Menu: { buildFromTemplate: (template: unknown) => ({ template }) },
}));

const { buildEditContextMenu, buildMenu } = await import('../../../electron/main/menu');

interface Item {
  label?: string;
  role?: string;
  enabled?: boolean;
  click?: () => void;
  submenu?: Item[];
}

describe('Vietnamese menu', () => {
  it('has Trợ giúp → Xuất nhật ký…, which runs the export', () => {
    const exportLog = vi.fn();
    const { template } = buildMenu({ exportLog }) as unknown as { template: Item[] };
    expect(template.map((m) => m.label)).toEqual(['Tệp', 'Sửa', 'Hiển thị', 'Trợ giúp']);
    const item = template.at(-1)!.submenu!.find((i) => i.label === 'Xuất nhật ký…')!;
    expect(item.enabled).toBe(true);
    item.click!();
    expect(exportLog).toHaveBeenCalledOnce();
  });

  it('greys the item out until the data folder is open', () => {
    const { template } = buildMenu() as unknown as { template: Item[] };
    expect(template.at(-1)!.submenu![0]!.enabled).toBe(false);
  });
});

describe('right-click menu', () => {
  const labels = (flags: { isEditable: boolean; hasSelection: boolean }) =>
    (buildEditContextMenu(flags) as unknown as { template: Item[] }).template.filter((i) => i.label);

  it('offers cut, copy and paste in Vietnamese in a text box', () => {
    const items = labels({ isEditable: true, hasSelection: true });
    expect(items.map((i) => i.label)).toEqual(['Hoàn tác', 'Cắt', 'Sao chép', 'Dán', 'Chọn tất cả']);
  });

  it('greys out cut and copy with nothing selected, and offers only copy outside a box', () => {
    const items = labels({ isEditable: true, hasSelection: false });
    expect(items.find((i) => i.label === 'Cắt')?.enabled).toBe(false);
    expect(labels({ isEditable: false, hasSelection: true }).map((i) => i.label)).toEqual(['Sao chép']);
  });
});
