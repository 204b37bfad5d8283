// Generated from specs/cainiaohandover/cainiao.global.handover.content.subbag.add.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `cainiao.global.handover.content.subbag.add` (预约单下追加大包). */
export interface CainiaoGlobalHandoverContentSubbagAddRequest {
  /** 预约号(大包LP) */
  handover_content_code: string;
  /** 客户端名称，ISV：ISV-ISV英文或拼音名称、商家ERP：SELLER-商家英文或拼音名称 */
  client: string;
  /** 多语言 */
  locale?: string;
  /** 追加大包数量 */
  subbag_count: Int64Input;
}

/** Response of `cainiao.global.handover.content.subbag.add`: TOP returns only requested, non-null fields, so all are optional. */
export interface CainiaoGlobalHandoverContentSubbagAddResponse {
  /** 请求响应 */
  result?: CainiaoGlobalHandoverContentSubbagAddHsfResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `HsfResult` of `cainiao.global.handover.content.subbag.add`. */
export interface CainiaoGlobalHandoverContentSubbagAddHsfResult {
  /** 大包追加详情 */
  data?: CainiaoGlobalHandoverContentSubbagAddOpenHandoverContentAddSubbagsResponse;
  /** 请求结果 */
  result?: boolean;
  /** 错误码 */
  error_code?: string;
  /** 异常描述 */
  error_msg?: string;
}

/** `OpenHandoverContentAddSubbagsResponse` of `cainiao.global.handover.content.subbag.add`. */
export interface CainiaoGlobalHandoverContentSubbagAddOpenHandoverContentAddSubbagsResponse {
  /** 追加大包列表 */
  subbag_handover_content_list?: CainiaoGlobalHandoverContentSubbagAddHandoverContentAddSubbagsDTO[];
}

/** `HandoverContentAddSubbagsDTO` of `cainiao.global.handover.content.subbag.add`. */
export interface CainiaoGlobalHandoverContentSubbagAddHandoverContentAddSubbagsDTO {
  /** 交接单id */
  handover_order_id?: Int64;
  /** 追加的大包id */
  subbag_handover_content_id?: Int64;
  /** 追加的大包LP */
  subbag_handover_content_code?: string;
}

const REQUEST_SCHEMA = {
  handover_content_code: 'String',
  client: 'String',
  locale: 'String',
  subbag_count: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: {
      subbag_handover_content_list: [
        {
          handover_order_id: 'Number',
          subbag_handover_content_id: 'Number',
          subbag_handover_content_code: 'String',
        },
      ],
    },
    result: 'Boolean',
    error_code: 'String',
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `cainiao.global.handover.content.subbag.add`: method, response root, request and response schemas. */
export const cainiaoGlobalHandoverContentSubbagAddOperation = {
  method: 'cainiao.global.handover.content.subbag.add',
  responseRoot: 'cainiao_global_handover_content_subbag_add_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 预约单下追加大包 — calls TOP method `cainiao.global.handover.content.subbag.add`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function cainiaoGlobalHandoverContentSubbagAdd(
  client: TopClient,
  request: CainiaoGlobalHandoverContentSubbagAddRequest,
  options?: CallOptions,
): Promise<CainiaoGlobalHandoverContentSubbagAddResponse> {
  return client.call<CainiaoGlobalHandoverContentSubbagAddResponse>(
    {
      method: 'cainiao.global.handover.content.subbag.add',
      responseRoot: 'cainiao_global_handover_content_subbag_add_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
