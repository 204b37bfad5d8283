// Generated from specs/icbudropshipping/alibaba.order.logistics.tracking.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.order.logistics.tracking.get` (阿里巴巴订单物流轨迹查询). */
export interface AlibabaOrderLogisticsTrackingGetRequest {
  /** order id */
  trade_id: Int64Input;
}

/** Response of `alibaba.order.logistics.tracking.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaOrderLogisticsTrackingGetResponse {
  /** logistics tracking List */
  tracking_list?: AlibabaOrderLogisticsTrackingGetLogisticsTracking[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `LogisticsTracking` of `alibaba.order.logistics.tracking.get`. */
export interface AlibabaOrderLogisticsTrackingGetLogisticsTracking {
  /** carrier */
  carrier?: string;
  /** The latest logistics event code */
  current_event_code?: string;
  /** event list */
  event_list?: AlibabaOrderLogisticsTrackingGetTrackingEvent[];
  /** tracking number */
  tracking_number?: string;
  /** tracking url */
  tracking_url?: string;
}

/** `TrackingEvent` of `alibaba.order.logistics.tracking.get`. */
export interface AlibabaOrderLogisticsTrackingGetTrackingEvent {
  /** event code */
  event_code?: string;
  /** event location */
  event_location?: string;
  /** event name */
  event_name?: string;
  /** event time */
  event_time?: string;
}

const REQUEST_SCHEMA = {
  trade_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  tracking_list: [
    {
      carrier: 'String',
      current_event_code: 'String',
      event_list: [
        {
          event_code: 'String',
          event_location: 'String',
          event_name: 'String',
          event_time: 'String',
        },
      ],
      tracking_number: 'String',
      tracking_url: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `alibaba.order.logistics.tracking.get`: method, response root, request and response schemas. */
export const alibabaOrderLogisticsTrackingGetOperation = {
  method: 'alibaba.order.logistics.tracking.get',
  responseRoot: 'alibaba_order_logistics_tracking_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 阿里巴巴订单物流轨迹查询 — calls TOP method `alibaba.order.logistics.tracking.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaOrderLogisticsTrackingGet(
  client: TopClient,
  request: AlibabaOrderLogisticsTrackingGetRequest,
  options?: CallOptions,
): Promise<AlibabaOrderLogisticsTrackingGetResponse> {
  return client.call<AlibabaOrderLogisticsTrackingGetResponse>(
    {
      method: 'alibaba.order.logistics.tracking.get',
      responseRoot: 'alibaba_order_logistics_tracking_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
