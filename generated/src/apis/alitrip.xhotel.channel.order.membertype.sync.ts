// Generated from specs/xhotelonlineorder/alitrip.xhotel.channel.order.membertype.sync.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.xhotel.channel.order.membertype.sync` (酒店分销渠道会员类型同步). */
export interface AlitripXhotelChannelOrderMembertypeSyncRequest {
  /** 入参 */
  channel_sync_order_member_type: AlitripXhotelChannelOrderMembertypeSyncChannelSyncOrderMemberTypeInput;
}

/** Response of `alitrip.xhotel.channel.order.membertype.sync`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripXhotelChannelOrderMembertypeSyncResponse {
  /** 结果 */
  result?: AlitripXhotelChannelOrderMembertypeSyncHbsResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ChannelSyncOrderMemberType` of `alitrip.xhotel.channel.order.membertype.sync`. */
export interface AlitripXhotelChannelOrderMembertypeSyncChannelSyncOrderMemberTypeInput {
  /** 会员类型枚举 */
  member_type: string;
  /** 订单TID */
  tid: Int64Input;
}

/** `HbsResult` of `alitrip.xhotel.channel.order.membertype.sync`. */
export interface AlitripXhotelChannelOrderMembertypeSyncHbsResult {
  /** 是否同步成功 */
  success?: boolean;
  /** 给开发用的错误信息 */
  result_msg4_dev?: string;
  /** 结果码 */
  result_code?: string;
  /** 插入成功 */
  module?: Int64;
  /** 错误信息 */
  result_msg?: string;
}

const REQUEST_SCHEMA = {
  channel_sync_order_member_type: {
    member_type: 'String',
    tid: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    result_msg4_dev: 'String',
    result_code: 'String',
    module: 'Number',
    result_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.xhotel.channel.order.membertype.sync`: method, response root, request and response schemas. */
export const alitripXhotelChannelOrderMembertypeSyncOperation = {
  method: 'alitrip.xhotel.channel.order.membertype.sync',
  responseRoot: 'alitrip_xhotel_channel_order_membertype_sync_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 酒店分销渠道会员类型同步 — calls TOP method `alitrip.xhotel.channel.order.membertype.sync`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripXhotelChannelOrderMembertypeSync(
  client: TopClient,
  request: AlitripXhotelChannelOrderMembertypeSyncRequest,
  options?: CallOptions,
): Promise<AlitripXhotelChannelOrderMembertypeSyncResponse> {
  return client.call<AlitripXhotelChannelOrderMembertypeSyncResponse>(
    {
      method: 'alitrip.xhotel.channel.order.membertype.sync',
      responseRoot: 'alitrip_xhotel_channel_order_membertype_sync_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
