// Generated from specs/alicom/alibaba.alicom.vt.distribute.queryprotocol.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alicom.vt.distribute.queryprotocol` (通信业务外放协议查询). */
export interface AlibabaAlicomVtDistributeQueryprotocolRequest {
  /** 请求参数 */
  distribute_trade_msg_model?: AlibabaAlicomVtDistributeQueryprotocolDistributeTradeMsgModelInput;
}

/** Response of `alibaba.alicom.vt.distribute.queryprotocol`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlicomVtDistributeQueryprotocolResponse {
  /** 返回对象 */
  result?: AlibabaAlicomVtDistributeQueryprotocolCommonResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `DistributeTradeMsgModel` of `alibaba.alicom.vt.distribute.queryprotocol`. */
export interface AlibabaAlicomVtDistributeQueryprotocolDistributeTradeMsgModelInput {
  /** 业务来源 */
  source?: string;
  /** 业务类型 */
  wt_biz_type?: string;
  /** 要办理的商品ID */
  item_id: Int64Input;
  /** 要办理的账号 */
  account: string;
}

/** `CommonResult` of `alibaba.alicom.vt.distribute.queryprotocol`. */
export interface AlibabaAlicomVtDistributeQueryprotocolCommonResult {
  /** 错误码 */
  code?: string;
  /** 调用结果 */
  success?: boolean;
  /** 协议列表 */
  model?: AlibabaAlicomVtDistributeQueryprotocolProtocolInfo;
  /** 错误信息 */
  desc?: string;
}

/** `ProtocolInfo` of `alibaba.alicom.vt.distribute.queryprotocol`. */
export interface AlibabaAlicomVtDistributeQueryprotocolProtocolInfo {
  /** 协议查询流水id */
  protocol_sequence_id?: string;
  /** 协议列表 */
  protocol_list?: AlibabaAlicomVtDistributeQueryprotocolProtocolList[];
}

/** `ProtocolList` of `alibaba.alicom.vt.distribute.queryprotocol`. */
export interface AlibabaAlicomVtDistributeQueryprotocolProtocolList {
  /** 协议 */
  protocol?: string;
}

const REQUEST_SCHEMA = {
  distribute_trade_msg_model: {
    source: 'String',
    wt_biz_type: 'String',
    item_id: 'Number',
    account: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'String',
    success: 'Boolean',
    model: {
      protocol_sequence_id: 'String',
      protocol_list: [
        {
          protocol: 'String',
        },
      ],
    },
    desc: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alicom.vt.distribute.queryprotocol`: method, response root, request and response schemas. */
export const alibabaAlicomVtDistributeQueryprotocolOperation = {
  method: 'alibaba.alicom.vt.distribute.queryprotocol',
  responseRoot: 'alibaba_alicom_vt_distribute_queryprotocol_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 通信业务外放协议查询 — calls TOP method `alibaba.alicom.vt.distribute.queryprotocol`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlicomVtDistributeQueryprotocol(
  client: TopClient,
  request: AlibabaAlicomVtDistributeQueryprotocolRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlicomVtDistributeQueryprotocolResponse> {
  return client.call<AlibabaAlicomVtDistributeQueryprotocolResponse>(
    {
      method: 'alibaba.alicom.vt.distribute.queryprotocol',
      responseRoot: 'alibaba_alicom_vt_distribute_queryprotocol_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
