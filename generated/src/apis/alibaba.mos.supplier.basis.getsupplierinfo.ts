// Generated from specs/mos/alibaba.mos.supplier.basis.getsupplierinfo.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.mos.supplier.basis.getsupplierinfo` (获取供应商基础信息). */
export interface AlibabaMosSupplierBasisGetsupplierinfoRequest {
  /** 供应商id */
  supplier_id?: string;
}

/** Response of `alibaba.mos.supplier.basis.getsupplierinfo`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaMosSupplierBasisGetsupplierinfoResponse {
  /** 返回数据 */
  result?: AlibabaMosSupplierBasisGetsupplierinfoJsonResponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `JsonResponse` of `alibaba.mos.supplier.basis.getsupplierinfo`. */
export interface AlibabaMosSupplierBasisGetsupplierinfoJsonResponse {
  /** 返回dto */
  data?: AlibabaMosSupplierBasisGetsupplierinfoSupplierBasisInfoDto;
  /** 报错code */
  err_code?: Int64;
  /** 报错信息 */
  err_msg?: string;
  /** success */
  success?: boolean;
  /** ts */
  ts?: Int64;
}

/** `SupplierBasisInfoDto` of `alibaba.mos.supplier.basis.getsupplierinfo`. */
export interface AlibabaMosSupplierBasisGetsupplierinfoSupplierBasisInfoDto {
  /** 类型名 */
  app_name?: string;
  /** 状态 */
  approval_status?: Int64;
  /** 经营范围 */
  business_scope?: string;
  /** ocr认证id */
  cert_record_id?: string;
  /** 变更类型：0-资质变更，1-主体变更 */
  change_type?: Int64;
  /** 公司名称 */
  company_name?: string;
  /** 公司性质，0：企业，1：个人 */
  company_nature?: Int64;
  /** 公司类型 */
  company_type?: string;
  /** 结束时间 */
  end_time?: Int64;
  /** 公司成立日期 */
  establish_date?: string;
  /** 创建时间 */
  gmt_create?: string;
  /** 修改时间 */
  gmt_modified?: string;
  /** 对象id */
  id?: Int64;
  /** 分页-offset */
  offset?: Int64;
  /** 操作人id */
  operate_id?: string;
  /** 操作人name */
  operate_name?: string;
  /** 经营期限结束日期 */
  operating_end?: string;
  /** 经营期限开始日期 */
  operating_start?: string;
  /** 操作人id */
  operator_id?: string;
  /** 操作人name */
  operator_name?: string;
  /** 当前页 */
  page?: Int64;
  /** 页数 */
  page_size?: Int64;
  /** 审批流instanceId， 冪等用 */
  process_instance_id?: string;
  /** 注册资本 */
  registered_capital?: string;
  /** 幂等id */
  relation_id?: string;
  /** 供应商来源， 0：招商平台，1：供应商平台，2：初始化 */
  source?: Int64;
  /** 开始时间 */
  start_time?: Int64;
  /** 供应商id */
  supplier_id?: string;
  /** 供应商状态，0：未入库，1：已入库，2：已转正 */
  supplier_status?: Int64;
}

const REQUEST_SCHEMA = {
  supplier_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: {
      app_name: 'String',
      approval_status: 'Number',
      business_scope: 'String',
      cert_record_id: 'String',
      change_type: 'Number',
      company_name: 'String',
      company_nature: 'Number',
      company_type: 'String',
      end_time: 'Number',
      establish_date: 'String',
      gmt_create: 'Date',
      gmt_modified: 'Date',
      id: 'Number',
      offset: 'Number',
      operate_id: 'String',
      operate_name: 'String',
      operating_end: 'String',
      operating_start: 'String',
      operator_id: 'String',
      operator_name: 'String',
      page: 'Number',
      page_size: 'Number',
      process_instance_id: 'String',
      registered_capital: 'String',
      relation_id: 'String',
      source: 'Number',
      start_time: 'Number',
      supplier_id: 'String',
      supplier_status: 'Number',
    },
    err_code: 'Number',
    err_msg: 'String',
    success: 'Boolean',
    ts: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.mos.supplier.basis.getsupplierinfo`: method, response root, request and response schemas. */
export const alibabaMosSupplierBasisGetsupplierinfoOperation = {
  method: 'alibaba.mos.supplier.basis.getsupplierinfo',
  responseRoot: 'alibaba_mos_supplier_basis_getsupplierinfo_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取供应商基础信息 — calls TOP method `alibaba.mos.supplier.basis.getsupplierinfo`.
 *
 * 基于供应商id获取供应商基础脱敏信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaMosSupplierBasisGetsupplierinfo(
  client: TopClient,
  request: AlibabaMosSupplierBasisGetsupplierinfoRequest = {},
  options?: CallOptions,
): Promise<AlibabaMosSupplierBasisGetsupplierinfoResponse> {
  return client.call<AlibabaMosSupplierBasisGetsupplierinfoResponse>(
    {
      method: 'alibaba.mos.supplier.basis.getsupplierinfo',
      responseRoot: 'alibaba_mos_supplier_basis_getsupplierinfo_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
