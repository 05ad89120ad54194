// What the simulated main till says about itself: SQL Server 2019 Express, as PC-Kassa installs it.
export const SERVER_VERSION = { major: 15, minor: 0, build: 2000, revision: 5 } as const;
export const PRODUCT_VERSION = '15.0.2000.5';
export const EDITION = 'Express Edition (64-bit)';
export const PROGRAM_NAME = 'Microsoft SQL Server';

export function versionBanner(): string {
  return (
    `Microsoft SQL Server 2019 (RTM) - ${PRODUCT_VERSION} (X64) \n\tSep 24 2019 13:48:23 \n\t` +
    `Copyright (C) 2019 Microsoft Corporation\n\t${EDITION} on Windows 10 Pro 10.0 <X64> (Build 19045: ) (Hypervisor)\n`
  );
}
