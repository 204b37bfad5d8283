// Generated from specs/simba/taobao.simba.serchcrowd.price.batch.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.simba.serchcrowd.price.batch.update` (单品推广搜索人群修改溢价). */
export interface TaobaoSimbaSerchcrowdPriceBatchUpdateRequest {
  /** 子帐号nick */
  sub_nick?: string;
  /** 被操作者的淘宝昵称 */
  nick: string;
  /** 推广单元id */
  adgroup_id: Int64Input;
  /**
   * 需要修改出价的人群包id,批量传入的时候用,分割
   *
   * Max list size: 20
   */
  adgroup_crowd_ids: string[];
  /** 人群溢价比例，溢价范围[5,300] */
  discount?: Int64Input;
}

/** Response of `taobao.simba.serchcrowd.price.batch.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoSimbaSerchcrowdPriceBatchUpdateResponse {
  /** result */
  adgrouptargetingtags?: TaobaoSimbaSerchcrowdPriceBatchUpdateAdgroupTargetingTagDto[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AdgroupTargetingTagDto` of `taobao.simba.serchcrowd.price.batch.update`. */
export interface TaobaoSimbaSerchcrowdPriceBatchUpdateAdgroupTargetingTagDto {
  /** 人群包出价方式0:出价;1:溢价 */
  price_mode?: Int64;
  /** 用户溢价比例,溢价20%,接口返回120 */
  discount?: Int64;
  /** 是否不溢价1:不溢价,0:溢价 */
  is_default_price?: Int64;
  /** 人群信息 */
  crowd?: TaobaoSimbaSerchcrowdPriceBatchUpdateCrowdDto;
  /** 人群Id */
  id?: Int64;
  /** 人群上下线状态,0:下线;1:上线 */
  online_status?: Int64;
}

/** `CrowdDto` of `taobao.simba.serchcrowd.price.batch.update`. */
export interface TaobaoSimbaSerchcrowdPriceBatchUpdateCrowdDto {
  /** 业务类型 */
  biz_type?: Int64;
  /** 用户在直通车的ID */
  cust_id?: Int64;
  /** 所选择的人群id */
  dmpcrowd_id?: Int64;
  /** 用户所选择的人群名称 */
  name?: string;
  /** 人群包模版类型 */
  template_id?: Int64;
  /** 人群包类型 */
  type?: Int64;
}

const REQUEST_SCHEMA = {
  sub_nick: 'String',
  nick: 'String',
  adgroup_id: 'Number',
  adgroup_crowd_ids: ['String'],
  discount: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  adgrouptargetingtags: [
    {
      price_mode: 'Number',
      discount: 'Number',
      is_default_price: 'Number',
      crowd: {
        biz_type: 'Number',
        cust_id: 'Number',
        dmpcrowd_id: 'Number',
        name: 'String',
        template_id: 'Number',
        type: 'Number',
      },
      id: 'Number',
      online_status: 'Number',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.simba.serchcrowd.price.batch.update`: method, response root, request and response schemas. */
export const taobaoSimbaSerchcrowdPriceBatchUpdateOperation = {
  method: 'taobao.simba.serchcrowd.price.batch.update',
  responseRoot: 'simba_serchcrowd_price_batch_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 单品推广搜索人群修改溢价 — calls TOP method `taobao.simba.serchcrowd.price.batch.update`.
 *
 * 单品推广搜索人群修改溢价, 不支持跨推广单元修改
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoSimbaSerchcrowdPriceBatchUpdate(
  client: TopClient,
  request: TaobaoSimbaSerchcrowdPriceBatchUpdateRequest,
  options?: CallOptions,
): Promise<TaobaoSimbaSerchcrowdPriceBatchUpdateResponse> {
  return client.call<TaobaoSimbaSerchcrowdPriceBatchUpdateResponse>(
    {
      method: 'taobao.simba.serchcrowd.price.batch.update',
      responseRoot: 'simba_serchcrowd_price_batch_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
