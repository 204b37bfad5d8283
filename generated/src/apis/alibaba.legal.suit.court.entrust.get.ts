// Generated from specs/legalsuit/alibaba.legal.suit.court.entrust.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.legal.suit.court.entrust.get` (委托开庭服务查询). */
export interface AlibabaLegalSuitCourtEntrustGetRequest {
  /** 案件ID */
  suit_id?: Int64Input;
  /** 委托ID */
  entrust_id?: Int64Input;
}

/** Response of `alibaba.legal.suit.court.entrust.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaLegalSuitCourtEntrustGetResponse {
  /** alinkappserver系统返回的通用结果类 */
  result?: AlibabaLegalSuitCourtEntrustGetServiceResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ServiceResult` of `alibaba.legal.suit.court.entrust.get`. */
export interface AlibabaLegalSuitCourtEntrustGetServiceResult {
  /** 返回的结构结构体 */
  content?: AlibabaLegalSuitCourtEntrustGetCourtEntrustModel;
  /** success */
  success?: boolean;
  /** 错误码 */
  error_code?: string;
}

/** `CourtEntrustModel` of `alibaba.legal.suit.court.entrust.get`. */
export interface AlibabaLegalSuitCourtEntrustGetCourtEntrustModel {
  /** 委托订单号 */
  entrust_order_number?: Int64;
  /** 委托时间 */
  entrust_time?: string;
  /** 委托名字 */
  entrust_name?: string;
  /** 原因 */
  reason?: string;
  /** 委托类型 */
  entrust_type?: string;
  /** 供应商code */
  supplier_code?: string;
  /** id */
  id?: Int64;
  /** 委托方名称 */
  entrusting_party?: string;
  /** 附件数量 */
  attachment_count?: Int64;
  /** 律所执业编号 */
  firm_business_lic_num?: string;
  /** 备注 */
  description?: string;
  /** 附件列表 */
  attachment_list?: AlibabaLegalSuitCourtEntrustGetFileModel[];
  /** 目标 */
  objective?: string;
  /** 委托建议 */
  suggest?: string;
}

/** `FileModel` of `alibaba.legal.suit.court.entrust.get`. */
export interface AlibabaLegalSuitCourtEntrustGetFileModel {
  /** 文件名 */
  name?: string;
  /** 文件key */
  key?: string;
}

const REQUEST_SCHEMA = {
  suit_id: 'Number',
  entrust_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    content: {
      entrust_order_number: 'Number',
      entrust_time: 'Date',
      entrust_name: 'String',
      reason: 'String',
      entrust_type: 'String',
      supplier_code: 'String',
      id: 'Number',
      entrusting_party: 'String',
      attachment_count: 'Number',
      firm_business_lic_num: 'String',
      description: 'String',
      attachment_list: [
        {
          name: 'String',
          key: 'String',
        },
      ],
      objective: 'String',
      suggest: 'String',
    },
    success: 'Boolean',
    error_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.legal.suit.court.entrust.get`: method, response root, request and response schemas. */
export const alibabaLegalSuitCourtEntrustGetOperation = {
  method: 'alibaba.legal.suit.court.entrust.get',
  responseRoot: 'alibaba_legal_suit_court_entrust_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 委托开庭服务查询 — calls TOP method `alibaba.legal.suit.court.entrust.get`.
 *
 * 查询委托开庭信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaLegalSuitCourtEntrustGet(
  client: TopClient,
  request: AlibabaLegalSuitCourtEntrustGetRequest = {},
  options?: CallOptions,
): Promise<AlibabaLegalSuitCourtEntrustGetResponse> {
  return client.call<AlibabaLegalSuitCourtEntrustGetResponse>(
    {
      method: 'alibaba.legal.suit.court.entrust.get',
      responseRoot: 'alibaba_legal_suit_court_entrust_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
