import { Menu, type MenuItemConstructorOptions } from 'electron';
import { menuLabels } from '../../shared/i18n/vi/menu';
import { supportText } from '../../shared/i18n/vi/trust';

export interface MenuActions {
  /** Help → "Xuất nhật ký…". */
  exportLog?: () => void;
}

/** The Vietnamese application menu. */
export function buildMenu(actions: MenuActions = {}): Menu {
  const template: MenuItemConstructorOptions[] = [
    {
      label: menuLabels.file,
      submenu: [{ role: 'quit', label: menuLabels.quit }],
    },
    {
      label: menuLabels.edit,
      submenu: [
        { role: 'undo', label: menuLabels.undo },
        { role: 'redo', label: menuLabels.redo },
        { type: 'separator' },
        { role: 'cut', label: menuLabels.cut },
        { role: 'copy', label: menuLabels.copy },
        { role: 'paste', label: menuLabels.paste },
        { role: 'selectAll', label: menuLabels.selectAll },
      ],
    },
    {
      label: menuLabels.view,
      submenu: [
        { role: 'resetZoom', label: menuLabels.resetZoom },
        { role: 'zoomIn', label: menuLabels.zoomIn },
        { role: 'zoomOut', label: menuLabels.zoomOut },
        { type: 'separator' },
        { role: 'togglefullscreen', label: menuLabels.fullscreen },
      ],
    },
    {
      label: menuLabels.help,
      submenu: [
        {
          label: supportText.exportLogMenu,
          enabled: !!actions.exportLog,
          click: () => actions.exportLog?.(),
        },
      ],
    },
  ];
  return Menu.buildFromTemplate(template);
}

/** The right-click menu of text boxes: clerks copy figures from other files and paste them. */
export function buildEditContextMenu(flags: { isEditable: boolean; hasSelection: boolean }): Menu {
  const template: MenuItemConstructorOptions[] = flags.isEditable
    ? [
        { role: 'undo', label: menuLabels.undo },
        { type: 'separator' },
        { role: 'cut', label: menuLabels.cut, enabled: flags.hasSelection },
        { role: 'copy', label: menuLabels.copy, enabled: flags.hasSelection },
        { role: 'paste', label: menuLabels.paste },
        { type: 'separator' },
        { role: 'selectAll', label: menuLabels.selectAll },
      ]
    : [{ role: 'copy', label: menuLabels.copy, enabled: flags.hasSelection }];
  return Menu.buildFromTemplate(template);
}
