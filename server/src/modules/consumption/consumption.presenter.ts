import {
  isExpiringSoon,
  notCountedReason,
  type CertificateDto,
  type ProductDto,
  type SupplierDto,
} from '@xiezuo/domain';
import type { CertificateRow, ProductWide, SupplierRow } from './catalogue.repository';

export const todayIso = () => new Date().toISOString().slice(0, 10);

export function certificateDtoOf(c: CertificateRow, asOf: string): CertificateDto {
  return {
    id: c.id,
    number: c.number,
    authority: c.authority,
    validFrom: c.validFrom,
    validTo: c.validTo,
    isExpiringSoon: isExpiringSoon(c, asOf),
  };
}

export function supplierDtoOf(s: SupplierRow, countyName: string, certs: CertificateRow[], asOf: string): SupplierDto {
  return {
    id: s.id,
    name: s.name,
    creditCode: s.creditCode,
    kind: s.kind,
    countyCode: s.countyCode,
    countyName,
    contactName: s.contactName,
    contactPhone: s.contactPhoneMasked,
    certificates: certs.map((c) => certificateDtoOf(c, asOf)),
    version: s.version,
  };
}

export function productDtoOf(r: ProductWide, asOf: string): ProductDto {
  return {
    id: r.p.id,
    name: r.p.name,
    category: r.p.category,
    specification: r.p.specification,
    unit: r.p.unit,
    priceFen: r.p.priceFen,
    supplierId: r.p.supplierId,
    supplierName: r.supplierName,
    countyCode: r.countyCode,
    certificate: r.cert ? certificateDtoOf(r.cert, asOf) : null,
    isCertified: notCountedReason(r.cert, asOf) === null,
    version: r.p.version,
  };
}
