// Generated from specs/logistic/taobao.rdc.aligenius.warehouse.resend.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.rdc.aligenius.warehouse.resend.update` (补发单状态回传). */
export interface TaobaoRdcAligeniusWarehouseResendUpdateRequest {
  /** 参数 */
  param0: TaobaoRdcAligeniusWarehouseResendUpdateUpdateResendStatusDtoInput;
}

/** Response of `taobao.rdc.aligenius.warehouse.resend.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoRdcAligeniusWarehouseResendUpdateResponse {
  /** result */
  result?: TaobaoRdcAligeniusWarehouseResendUpdateResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `UpdateResendStatusDto` of `taobao.rdc.aligenius.warehouse.resend.update`. */
export interface TaobaoRdcAligeniusWarehouseResendUpdateUpdateResendStatusDtoInput {
  /** 补发单状态（-1=关闭，1=补发成功，2=部分成功） */
  status: Int64Input;
  /** 主订单 */
  tid: Int64Input;
  /** 描述 */
  msg: string;
  /** erp补发单 */
  reissue_id?: string;
  /** 平台补发单唯一标识 */
  source_id: string;
}

/** `Result` of `taobao.rdc.aligenius.warehouse.resend.update`. */
export interface TaobaoRdcAligeniusWarehouseResendUpdateResult {
  /** errorInfo */
  fail_info?: string;
  /** errorCode */
  fail_code?: string;
  /** success */
  success_flag?: boolean;
}

const REQUEST_SCHEMA = {
  param0: {
    status: 'Number',
    tid: 'Number',
    msg: 'String',
    reissue_id: 'String',
    source_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    fail_info: 'String',
    fail_code: 'String',
    success_flag: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.rdc.aligenius.warehouse.resend.update`: method, response root, request and response schemas. */
export const taobaoRdcAligeniusWarehouseResendUpdateOperation = {
  method: 'taobao.rdc.aligenius.warehouse.resend.update',
  responseRoot: 'rdc_aligenius_warehouse_resend_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 补发单状态回传 — calls TOP method `taobao.rdc.aligenius.warehouse.resend.update`.
 *
 * 补发单状态回传接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoRdcAligeniusWarehouseResendUpdate(
  client: TopClient,
  request: TaobaoRdcAligeniusWarehouseResendUpdateRequest,
  options?: CallOptions,
): Promise<TaobaoRdcAligeniusWarehouseResendUpdateResponse> {
  return client.call<TaobaoRdcAligeniusWarehouseResendUpdateResponse>(
    {
      method: 'taobao.rdc.aligenius.warehouse.resend.update',
      responseRoot: 'rdc_aligenius_warehouse_resend_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
