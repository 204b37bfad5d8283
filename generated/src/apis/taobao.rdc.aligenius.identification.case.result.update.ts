// Generated from specs/refund/taobao.rdc.aligenius.identification.case.result.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.rdc.aligenius.identification.case.result.update` (鉴定工单结果同步). */
export interface TaobaoRdcAligeniusIdentificationCaseResultUpdateRequest {
  /** 请求参数 */
  param: TaobaoRdcAligeniusIdentificationCaseResultUpdateSyncIdentifyRefundCaseResultDtoInput;
}

/** Response of `taobao.rdc.aligenius.identification.case.result.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoRdcAligeniusIdentificationCaseResultUpdateResponse {
  /** 接口返回model */
  result?: TaobaoRdcAligeniusIdentificationCaseResultUpdateResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SyncIdentifyRefundCaseResultDto` of `taobao.rdc.aligenius.identification.case.result.update`. */
export interface TaobaoRdcAligeniusIdentificationCaseResultUpdateSyncIdentifyRefundCaseResultDtoInput {
  /** 子订单ID */
  detail_order_id: Int64Input;
  /** 数据发生时间绝对秒数，如写入鉴定结果的时间 */
  occur_time: Int64Input;
  /** 鉴定工单ID */
  outer_case_id: string;
  /** 结果类型，1：可退，2：可换，3：不通过 */
  result_type: Int64Input;
  /** 退款ID */
  refund_id: Int64Input;
  /** 鉴定结果提示 */
  result_tips?: string;
  /** 扩展属性，json格式 */
  ext_attrs?: string;
}

/** `Result` of `taobao.rdc.aligenius.identification.case.result.update`. */
export interface TaobaoRdcAligeniusIdentificationCaseResultUpdateResult {
  /** resultData */
  result_data?: TaobaoRdcAligeniusIdentificationCaseResultUpdateResultdata;
  /** 是否成功 */
  success?: boolean;
  /** 错误码 */
  error_code?: string;
  /** 错误信息 */
  error_info?: string;
}

/** `Resultdata` of `taobao.rdc.aligenius.identification.case.result.update`. */
export interface TaobaoRdcAligeniusIdentificationCaseResultUpdateResultdata {
  /** 数据消费结果编码 */
  result_code?: string;
  /** 数据消费结果提示信息 */
  result_tips?: string;
  /** 数据消费状态 */
  consume_status?: string;
}

const REQUEST_SCHEMA = {
  param: {
    detail_order_id: 'Number',
    occur_time: 'Number',
    outer_case_id: 'String',
    result_type: 'Number',
    refund_id: 'Number',
    result_tips: 'String',
    ext_attrs: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    result_data: {
      result_code: 'String',
      result_tips: 'String',
      consume_status: 'String',
    },
    success: 'Boolean',
    error_code: 'String',
    error_info: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.rdc.aligenius.identification.case.result.update`: method, response root, request and response schemas. */
export const taobaoRdcAligeniusIdentificationCaseResultUpdateOperation = {
  method: 'taobao.rdc.aligenius.identification.case.result.update',
  responseRoot: 'rdc_aligenius_identification_case_result_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 鉴定工单结果同步 — calls TOP method `taobao.rdc.aligenius.identification.case.result.update`.
 *
 * 同步鉴定工单结果信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoRdcAligeniusIdentificationCaseResultUpdate(
  client: TopClient,
  request: TaobaoRdcAligeniusIdentificationCaseResultUpdateRequest,
  options?: CallOptions,
): Promise<TaobaoRdcAligeniusIdentificationCaseResultUpdateResponse> {
  return client.call<TaobaoRdcAligeniusIdentificationCaseResultUpdateResponse>(
    {
      method: 'taobao.rdc.aligenius.identification.case.result.update',
      responseRoot: 'rdc_aligenius_identification_case_result_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
