// Generated from specs/miniapp/taobao.coin.award.delivery.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.coin.award.delivery` (淘金币奖励投放). */
export interface TaobaoCoinAwardDeliveryRequest {
  /** openid */
  param0: string;
  /** 渠道ID */
  param1: Int64Input;
  /** 订单信息 */
  order_dto?: TaobaoCoinAwardDeliveryOrderDTOInput;
}

/** Response of `taobao.coin.award.delivery`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoCoinAwardDeliveryResponse {
  /** 金币权益素材 */
  result?: TaobaoCoinAwardDeliveryResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OrderDTO` of `taobao.coin.award.delivery`. */
export interface TaobaoCoinAwardDeliveryOrderDTOInput {
  /** 订单ID */
  order_id?: string;
}

/** `Result` of `taobao.coin.award.delivery`. */
export interface TaobaoCoinAwardDeliveryResult {
  /** 按钮素材 */
  button?: TaobaoCoinAwardDeliveryButton;
  /** 图片素材 */
  image?: TaobaoCoinAwardDeliveryImage;
  /** 标题 */
  title?: string;
  /** 副标题 */
  desc?: string;
}

/** `Button` of `taobao.coin.award.delivery`. */
export interface TaobaoCoinAwardDeliveryButton {
  /** 文案 */
  title?: string;
  /** 跳转链接 */
  target_url?: string;
}

/** `Image` of `taobao.coin.award.delivery`. */
export interface TaobaoCoinAwardDeliveryImage {
  /** 宽度 */
  width?: Int64;
  /** 图片链接 */
  icon_url?: string;
  /** 高度 */
  height?: Int64;
}

const REQUEST_SCHEMA = {
  param0: 'String',
  param1: 'Number',
  order_dto: {
    order_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    button: {
      title: 'String',
      target_url: 'String',
    },
    image: {
      width: 'Number',
      icon_url: 'String',
      height: 'Number',
    },
    title: 'String',
    desc: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.coin.award.delivery`: method, response root, request and response schemas. */
export const taobaoCoinAwardDeliveryOperation = {
  method: 'taobao.coin.award.delivery',
  responseRoot: 'coin_award_delivery_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 淘金币奖励投放 — calls TOP method `taobao.coin.award.delivery`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoCoinAwardDelivery(
  client: TopClient,
  request: TaobaoCoinAwardDeliveryRequest,
  options?: CallOptions,
): Promise<TaobaoCoinAwardDeliveryResponse> {
  return client.call<TaobaoCoinAwardDeliveryResponse>(
    {
      method: 'taobao.coin.award.delivery',
      responseRoot: 'coin_award_delivery_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
