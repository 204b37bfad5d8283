// Generated from specs/ship/alitrip.ship.return.notify.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.ship.return.notify` (船票退票退款回填接口). */
export interface AlitripShipReturnNotifyRequest {
  /** 退票请求入参 */
  confirm_refund_r_q?: AlitripShipReturnNotifyShipAgentConfirmRefundRqInput;
}

/** Response of `alitrip.ship.return.notify`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripShipReturnNotifyResponse {
  /** 错误码 */
  ret_code?: string;
  /** 错误描述 */
  ret_msg?: string;
  /** 结果 */
  ret_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ShipAgentConfirmRefundRq` of `alitrip.ship.return.notify`. */
export interface AlitripShipReturnNotifyShipAgentConfirmRefundRqInput {
  /** 扩展属性 */
  agent_ext_attr?: string;
  /** 商家订单id */
  agent_order_id: string;
  /** 退款金额(分) */
  agent_refund_amount: Int64Input;
  /** 退款资金号唯一ID */
  agent_refund_trans_id?: string;
  /** offline:线下退票;online:线上退票 */
  agent_return_mode?: string;
  /** 退票结果编码,(退票失败时必填,参考标准错误码) */
  agent_return_ticket_code: Int64Input;
  /** 商家退票状态;1-成功,2-失败 */
  agent_return_ticket_status: Int64Input;
  /** 商家退票类型;0-按票退,1-按单退 */
  agent_return_ticket_type: Int64Input;
  /** 退票时间 */
  agent_return_time?: DateInput;
  /** 按票的维度进行退票时，商家票号或者乘客Id必填一个,按单退填写订单号 */
  agent_ticket_id?: string;
  /** 飞猪订单号 */
  alitrip_order_id: Int64Input;
  /** 乘客Id */
  passenger_id?: string;
}

const REQUEST_SCHEMA = {
  confirm_refund_r_q: {
    agent_ext_attr: 'String',
    agent_order_id: 'String',
    agent_refund_amount: 'Number',
    agent_refund_trans_id: 'String',
    agent_return_mode: 'String',
    agent_return_ticket_code: 'Number',
    agent_return_ticket_status: 'Number',
    agent_return_ticket_type: 'Number',
    agent_return_time: 'Date',
    agent_ticket_id: 'String',
    alitrip_order_id: 'Number',
    passenger_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  ret_code: 'String',
  ret_msg: 'String',
  ret_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alitrip.ship.return.notify`: method, response root, request and response schemas. */
export const alitripShipReturnNotifyOperation = {
  method: 'alitrip.ship.return.notify',
  responseRoot: 'alitrip_ship_return_notify_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 船票退票退款回填接口 — calls TOP method `alitrip.ship.return.notify`.
 *
 * 此接口为接入商调用飞猪接口回填退票状态，飞猪平台给用户进行退票退款。飞猪平台保证数据幂等。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripShipReturnNotify(
  client: TopClient,
  request: AlitripShipReturnNotifyRequest = {},
  options?: CallOptions,
): Promise<AlitripShipReturnNotifyResponse> {
  return client.call<AlitripShipReturnNotifyResponse>(
    {
      method: 'alitrip.ship.return.notify',
      responseRoot: 'alitrip_ship_return_notify_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
