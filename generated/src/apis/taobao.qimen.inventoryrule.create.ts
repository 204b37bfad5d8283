// Generated from specs/qimen/taobao.qimen.inventoryrule.create.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.qimen.inventoryrule.create` (渠道间库存规则设置接口). */
export interface TaobaoQimenInventoryruleCreateRequest {
  request?: TaobaoQimenInventoryruleCreateRequestDOInput;
}

/** Response of `taobao.qimen.inventoryrule.create`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoQimenInventoryruleCreateResponse {
  response?: TaobaoQimenInventoryruleCreateResponseDO;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RequestDO` of `taobao.qimen.inventoryrule.create`. */
export interface TaobaoQimenInventoryruleCreateRequestDOInput {
  /** 奇门仓储字段,C1223,string(50),, */
  ownerCode?: string;
  /** inventoryRules */
  inventoryRules?: TaobaoQimenInventoryruleCreateInventoryRuleInput[];
}

/** `InventoryRule` of `taobao.qimen.inventoryrule.create`. */
export interface TaobaoQimenInventoryruleCreateInventoryRuleInput {
  /** 奇门仓储字段,C1223,string(50),, */
  actionType?: string;
  /** 奇门仓储字段,C1223,string(50),, */
  itemCode?: string;
  /** channelRatioRules */
  channelRatioRules?: TaobaoQimenInventoryruleCreateChannelRatioRuleInput[];
}

/** `ChannelRatioRule` of `taobao.qimen.inventoryrule.create`. */
export interface TaobaoQimenInventoryruleCreateChannelRatioRuleInput {
  /** 奇门仓储字段,C1223,string(50),, */
  channelCode?: string;
  /** 奇门仓储字段,C1223,string(50),, */
  ratio?: string;
}

/** `ResponseDO` of `taobao.qimen.inventoryrule.create`. */
export interface TaobaoQimenInventoryruleCreateResponseDO {
  /** 响应结果:success|failure,success,string(10),必填, */
  flag?: string;
  /** 响应码,0,string(50),, */
  code?: string;
  /** 响应信息,invalid appkey,string(100),, */
  message?: string;
}

const REQUEST_SCHEMA = {
  request: {
    ownerCode: 'String',
    inventoryRules: [
      {
        actionType: 'String',
        itemCode: 'String',
        channelRatioRules: [
          {
            channelCode: 'String',
            ratio: 'String',
          },
        ],
      },
    ],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  response: {
    flag: 'String',
    code: 'String',
    message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.qimen.inventoryrule.create`: method, response root, request and response schemas. */
export const taobaoQimenInventoryruleCreateOperation = {
  method: 'taobao.qimen.inventoryrule.create',
  responseRoot: 'qimen_inventoryrule_create_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 渠道间库存规则设置接口 — calls TOP method `taobao.qimen.inventoryrule.create`.
 *
 * 渠道间库存规则设置
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoQimenInventoryruleCreate(
  client: TopClient,
  request: TaobaoQimenInventoryruleCreateRequest = {},
  options?: CallOptions,
): Promise<TaobaoQimenInventoryruleCreateResponse> {
  return client.call<TaobaoQimenInventoryruleCreateResponse>(
    {
      method: 'taobao.qimen.inventoryrule.create',
      responseRoot: 'qimen_inventoryrule_create_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
