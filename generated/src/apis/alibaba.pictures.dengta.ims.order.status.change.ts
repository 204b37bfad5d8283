// Generated from specs/dengta/alibaba.pictures.dengta.ims.order.status.change.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.pictures.dengta.ims.order.status.change` (天下秀回传订单执行状态变动). */
export interface AlibabaPicturesDengtaImsOrderStatusChangeRequest {
  /** 状态发生的时间 2020-01-02 10:02:03 */
  change_time: string;
  /** 描述，如ims关单，返回关单原因。 */
  comments?: string;
  /** 天下秀订单id */
  ims_order_id: string;
  /** 3=抖音，1-微博 2-微信 */
  account_type: Int64Input;
  /** 扩展字段 */
  ext_json?: string;
  /** 1:待执行 2:执行中 3:发布 4:完成 5:取消 */
  status: Int64Input;
}

/** Response of `alibaba.pictures.dengta.ims.order.status.change`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaPicturesDengtaImsOrderStatusChangeResponse {
  /** 接口出参 */
  result?: AlibabaPicturesDengtaImsOrderStatusChangeGeneralResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `GeneralResult` of `alibaba.pictures.dengta.ims.order.status.change`. */
export interface AlibabaPicturesDengtaImsOrderStatusChangeGeneralResult {
  /** 请求标识 */
  trace_id?: string;
  /** 状态码,Code=0 表示成功 */
  code?: string;
  /** 是否成功 */
  value?: boolean;
}

const REQUEST_SCHEMA = {
  change_time: 'String',
  comments: 'String',
  ims_order_id: 'String',
  account_type: 'Number',
  ext_json: 'String',
  status: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    trace_id: 'String',
    code: 'String',
    value: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.pictures.dengta.ims.order.status.change`: method, response root, request and response schemas. */
export const alibabaPicturesDengtaImsOrderStatusChangeOperation = {
  method: 'alibaba.pictures.dengta.ims.order.status.change',
  responseRoot: 'alibaba_pictures_dengta_ims_order_status_change_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 天下秀回传订单执行状态变动 — calls TOP method `alibaba.pictures.dengta.ims.order.status.change`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaPicturesDengtaImsOrderStatusChange(
  client: TopClient,
  request: AlibabaPicturesDengtaImsOrderStatusChangeRequest,
  options?: CallOptions,
): Promise<AlibabaPicturesDengtaImsOrderStatusChangeResponse> {
  return client.call<AlibabaPicturesDengtaImsOrderStatusChangeResponse>(
    {
      method: 'alibaba.pictures.dengta.ims.order.status.change',
      responseRoot: 'alibaba_pictures_dengta_ims_order_status_change_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
