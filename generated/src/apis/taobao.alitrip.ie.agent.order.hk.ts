// Generated from specs/ieagency/taobao.alitrip.ie.agent.order.hk.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.alitrip.ie.agent.order.hk` (【国际机票】手工预定回填PNR). */
export interface TaobaoAlitripIeAgentOrderHkRequest {
  /** 代理商ID */
  agent_id?: Int64Input;
  /** 回填pnr信息 */
  write_back_pnr_v_o?: TaobaoAlitripIeAgentOrderHkIeWriteBackPnrVOInput;
}

/** Response of `taobao.alitrip.ie.agent.order.hk`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAlitripIeAgentOrderHkResponse {
  /** 是否回填成功true：成功 false:失败 */
  hk_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `IeWriteBackPnrVO` of `taobao.alitrip.ie.agent.order.hk`. */
export interface TaobaoAlitripIeAgentOrderHkIeWriteBackPnrVOInput {
  /** 预定订单ID */
  book_order_id?: Int64Input;
  /** 预定订单pnr信息 */
  book_pnr_vos?: TaobaoAlitripIeAgentOrderHkIeBookPnrVoInput[];
}

/** `IeBookPnrVo` of `taobao.alitrip.ie.agent.order.hk`. */
export interface TaobaoAlitripIeAgentOrderHkIeBookPnrVoInput {
  /** pnr id */
  id?: Int64Input;
  /** pnr值 */
  pnr_no: string;
  /** pnr类型 */
  pnr_type?: string;
}

const REQUEST_SCHEMA = {
  agent_id: 'Number',
  write_back_pnr_v_o: {
    book_order_id: 'Number',
    book_pnr_vos: [
      {
        id: 'Number',
        pnr_no: 'String',
        pnr_type: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  hk_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.alitrip.ie.agent.order.hk`: method, response root, request and response schemas. */
export const taobaoAlitripIeAgentOrderHkOperation = {
  method: 'taobao.alitrip.ie.agent.order.hk',
  responseRoot: 'alitrip_ie_agent_order_hk_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 【国际机票】手工预定回填PNR — calls TOP method `taobao.alitrip.ie.agent.order.hk`.
 *
 * 代理商通过手工预定PNR，并回填。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAlitripIeAgentOrderHk(
  client: TopClient,
  request: TaobaoAlitripIeAgentOrderHkRequest = {},
  options?: CallOptions,
): Promise<TaobaoAlitripIeAgentOrderHkResponse> {
  return client.call<TaobaoAlitripIeAgentOrderHkResponse>(
    {
      method: 'taobao.alitrip.ie.agent.order.hk',
      responseRoot: 'alitrip_ie_agent_order_hk_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
