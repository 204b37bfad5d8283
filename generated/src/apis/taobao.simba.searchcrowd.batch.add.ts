// Generated from specs/simba/taobao.simba.searchcrowd.batch.add.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.simba.searchcrowd.batch.add` (推广单元增加搜索人群). */
export interface TaobaoSimbaSearchcrowdBatchAddRequest {
  /** 被操作者的淘宝昵称 */
  nick: string;
  /** 新增人群信息,批量接口,入参为list,溢价(discount)范围为[105,400] */
  adgroup_targeting_tags: string;
  /** 推广单元id */
  adgroup_id: Int64Input;
}

/** Response of `taobao.simba.searchcrowd.batch.add`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoSimbaSearchcrowdBatchAddResponse {
  /** 定向信息 */
  adgrouptargetingtags?: TaobaoSimbaSearchcrowdBatchAddAdgroupTargetingTagDto[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AdgroupTargetingTagDto` of `taobao.simba.searchcrowd.batch.add`. */
export interface TaobaoSimbaSearchcrowdBatchAddAdgroupTargetingTagDto {
  /** 人群包出价方式0:出价;1:溢价 */
  price_mode?: Int64;
  /** 用户溢价比例,溢价20%,接口返回120 */
  discount?: Int64;
  /** 是否溢价1:不溢价,0:溢价 */
  is_default_price?: Int64;
  /** 人群信息 */
  crowd?: TaobaoSimbaSearchcrowdBatchAddCrowdDto;
  /** 人群Id */
  id?: Int64;
  /** 人群上下线状态,0:下线;1:上线 */
  online_status?: Int64;
}

/** `CrowdDto` of `taobao.simba.searchcrowd.batch.add`. */
export interface TaobaoSimbaSearchcrowdBatchAddCrowdDto {
  /** 业务类型 */
  biz_type?: Int64;
  /** 用户在直通车的ID */
  cust_id?: Int64;
  /** 用户所选择的人群名称 */
  name?: string;
  /** 人群包模版类型 */
  template_id?: Int64;
  /** 人群包类型 */
  type?: Int64;
}

const REQUEST_SCHEMA = {
  nick: 'String',
  adgroup_targeting_tags: 'String',
  adgroup_id: 'Number',
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
        name: 'String',
        template_id: 'Number',
        type: 'Number',
      },
      id: 'Number',
      online_status: 'Number',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.simba.searchcrowd.batch.add`: method, response root, request and response schemas. */
export const taobaoSimbaSearchcrowdBatchAddOperation = {
  method: 'taobao.simba.searchcrowd.batch.add',
  responseRoot: 'simba_searchcrowd_batch_add_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 推广单元增加搜索人群 — calls TOP method `taobao.simba.searchcrowd.batch.add`.
 *
 * 推广单元新增搜索人群
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoSimbaSearchcrowdBatchAdd(
  client: TopClient,
  request: TaobaoSimbaSearchcrowdBatchAddRequest,
  options?: CallOptions,
): Promise<TaobaoSimbaSearchcrowdBatchAddResponse> {
  return client.call<TaobaoSimbaSearchcrowdBatchAddResponse>(
    {
      method: 'taobao.simba.searchcrowd.batch.add',
      responseRoot: 'simba_searchcrowd_batch_add_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
