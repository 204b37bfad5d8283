// Generated from specs/wlbimports/taobao.wlb.imports.vas.identity.result.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.wlb.imports.vas.identity.result` (集货鉴定结果). */
export interface TaobaoWlbImportsVasIdentityResultRequest {
  /** 物流订单编号 */
  lg_order_code: string;
}

/** Response of `taobao.wlb.imports.vas.identity.result`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoWlbImportsVasIdentityResultResponse {
  /** 返回出参数结果 */
  result?: TaobaoWlbImportsVasIdentityResultTopResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopResult` of `taobao.wlb.imports.vas.identity.result`. */
export interface TaobaoWlbImportsVasIdentityResultTopResult {
  /** 鉴定结果 */
  result?: TaobaoWlbImportsVasIdentityResultResult;
  /** 总数 */
  total_results?: Int64;
  /** 是否成功 */
  success?: boolean;
  /** 返回错误信息 */
  sub_error_msg?: string;
  /** 错误编码 */
  error_code?: string;
  /** 子错误编码 */
  sub_error_code?: string;
  /** 错误信息 */
  error_msg?: string;
}

/** `Result` of `taobao.wlb.imports.vas.identity.result`. */
export interface TaobaoWlbImportsVasIdentityResultResult {
  /** 物流订单号 */
  lg_order_code?: string;
  /** 鉴定结果项 */
  vas_results?: TaobaoWlbImportsVasIdentityResultIdentityItemDto[];
}

/** `IdentityItemDto` of `taobao.wlb.imports.vas.identity.result`. */
export interface TaobaoWlbImportsVasIdentityResultIdentityItemDto {
  /** 鉴定次数 */
  identity_cnt?: Int64;
  /** 防伪扣编码 */
  uni_code?: string;
  /** 货品Id */
  sc_item_id?: string;
  /** 鉴定结果备注 */
  identity_remark?: string;
  /** 鉴定报告地址 */
  report_url?: string;
  /** 鉴定结果 */
  identity_result?: string;
}

const REQUEST_SCHEMA = {
  lg_order_code: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    result: {
      lg_order_code: 'String',
      vas_results: [
        {
          identity_cnt: 'Number',
          uni_code: 'String',
          sc_item_id: 'String',
          identity_remark: 'String',
          report_url: 'String',
          identity_result: 'String',
        },
      ],
    },
    total_results: 'Number',
    success: 'Boolean',
    sub_error_msg: 'String',
    error_code: 'String',
    sub_error_code: 'String',
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.wlb.imports.vas.identity.result`: method, response root, request and response schemas. */
export const taobaoWlbImportsVasIdentityResultOperation = {
  method: 'taobao.wlb.imports.vas.identity.result',
  responseRoot: 'wlb_imports_vas_identity_result_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 集货鉴定结果 — calls TOP method `taobao.wlb.imports.vas.identity.result`.
 *
 * 集货鉴定结果查询
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoWlbImportsVasIdentityResult(
  client: TopClient,
  request: TaobaoWlbImportsVasIdentityResultRequest,
  options?: CallOptions,
): Promise<TaobaoWlbImportsVasIdentityResultResponse> {
  return client.call<TaobaoWlbImportsVasIdentityResultResponse>(
    {
      method: 'taobao.wlb.imports.vas.identity.result',
      responseRoot: 'wlb_imports_vas_identity_result_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
