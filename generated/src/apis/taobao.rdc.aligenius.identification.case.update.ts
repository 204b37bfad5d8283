// Generated from specs/refund/taobao.rdc.aligenius.identification.case.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.rdc.aligenius.identification.case.update` (鉴定工单信息同步). */
export interface TaobaoRdcAligeniusIdentificationCaseUpdateRequest {
  /** 请求参数 */
  param: TaobaoRdcAligeniusIdentificationCaseUpdateSyncIdentifyRefundCaseDtoInput;
}

/** Response of `taobao.rdc.aligenius.identification.case.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoRdcAligeniusIdentificationCaseUpdateResponse {
  /**
   * result
   *
   * @example result
   */
  result?: TaobaoRdcAligeniusIdentificationCaseUpdateResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SyncIdentifyRefundCaseDto` of `taobao.rdc.aligenius.identification.case.update`. */
export interface TaobaoRdcAligeniusIdentificationCaseUpdateSyncIdentifyRefundCaseDtoInput {
  /**
   * 子订单ID
   *
   * @example 194467217119131
   */
  detail_order_id: Int64Input;
  /**
   * 数据发生时间绝对秒数，如鉴定工单创建时间、鉴定工单完结时间
   *
   * @example 1571121255
   */
  occur_time: Int64Input;
  /**
   * 工单操作类型，1：开启，2：完结
   *
   * @example 1
   */
  operate_type: Int64Input;
  /**
   * 鉴定工单操作备注
   *
   * @example 创建鉴定工单
   */
  operate_tips: string;
  /**
   * 鉴定工单ID
   *
   * @example 1
   */
  outer_case_id: string;
  /**
   * 退款ID
   *
   * @example 147822831913191
   */
  refund_id: Int64Input;
  /**
   * 扩展属性，json格式
   *
   * @example {"key":"value"}
   */
  ext_attrs?: string;
}

/** `Result` of `taobao.rdc.aligenius.identification.case.update`. */
export interface TaobaoRdcAligeniusIdentificationCaseUpdateResult {
  /**
   * resultData
   *
   * @example resultData
   */
  result_data?: TaobaoRdcAligeniusIdentificationCaseUpdateResultdata;
  /**
   * 是否成功
   *
   * @example true
   */
  success?: boolean;
  /**
   * 错误码
   *
   * @example isv.invalid-parameter
   */
  error_code?: string;
  /**
   * 错误信息
   *
   * @example 非法的参数
   */
  error_info?: string;
}

/** `Resultdata` of `taobao.rdc.aligenius.identification.case.update`. */
export interface TaobaoRdcAligeniusIdentificationCaseUpdateResultdata {
  /**
   * 数据消费结果提示信息
   *
   * @example 消息消费成功
   */
  result_tips?: string;
  /**
   * CONSUME_FINISH_SUCCESS
   *
   * @example 数据消费结果编码
   */
  result_code?: string;
  /**
   * 数据消费状态
   *
   * @example SUCCESS
   */
  consume_status?: string;
}

const REQUEST_SCHEMA = {
  param: {
    detail_order_id: 'Number',
    occur_time: 'Number',
    operate_type: 'Number',
    operate_tips: 'String',
    outer_case_id: 'String',
    refund_id: 'Number',
    ext_attrs: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    result_data: {
      result_tips: 'String',
      result_code: 'String',
      consume_status: 'String',
    },
    success: 'Boolean',
    error_code: 'String',
    error_info: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.rdc.aligenius.identification.case.update`: method, response root, request and response schemas. */
export const taobaoRdcAligeniusIdentificationCaseUpdateOperation = {
  method: 'taobao.rdc.aligenius.identification.case.update',
  responseRoot: 'rdc_aligenius_identification_case_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 鉴定工单信息同步 — calls TOP method `taobao.rdc.aligenius.identification.case.update`.
 *
 * 同步商家鉴定工单信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoRdcAligeniusIdentificationCaseUpdate(
  client: TopClient,
  request: TaobaoRdcAligeniusIdentificationCaseUpdateRequest,
  options?: CallOptions,
): Promise<TaobaoRdcAligeniusIdentificationCaseUpdateResponse> {
  return client.call<TaobaoRdcAligeniusIdentificationCaseUpdateResponse>(
    {
      method: 'taobao.rdc.aligenius.identification.case.update',
      responseRoot: 'rdc_aligenius_identification_case_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
