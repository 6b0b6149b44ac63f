import { useEffect, useState } from 'react';
import type { AppInfo } from '../../shared/api/contract';
import { call } from './api/client';

export function App() {
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    void call('app.info', {}).then(setInfo);
  }, []);
  return <main>{info ? `Báo cáo CCHC ${info.version}` : 'Đang mở…'}</main>;
}
