// Generated from specs/simba/taobao.simba.serchcrowd.state.batch.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.simba.serchcrowd.state.batch.update` (单品搜索人群修改状态). */
export interface TaobaoSimbaSerchcrowdStateBatchUpdateRequest {
  /** 被操作者的淘宝昵称 */
  nick: string;
  /** 推广单元id */
  adgroup_id: Int64Input;
  /**
   * 需要修改出价的人群包id,批量传入时用,分割
   *
   * Max list size: 20
   */
  adgroup_crowd_ids: string[];
  /** 人群状态,0:暂停;1:启用 */
  state?: Int64Input;
}

/** Response of `taobao.simba.serchcrowd.state.batch.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoSimbaSerchcrowdStateBatchUpdateResponse {
  /** result */
  adgrouptargetingtags?: TaobaoSimbaSerchcrowdStateBatchUpdateAdgroupTargetingTagDto[];
  /** 部分失败时返回错误List */
  error_list?: (string | Record<string, unknown>)[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AdgroupTargetingTagDto` of `taobao.simba.serchcrowd.state.batch.update`. */
export interface TaobaoSimbaSerchcrowdStateBatchUpdateAdgroupTargetingTagDto {
  /** 出价方式1:溢价;0:出价 */
  price_mode?: Int64;
  /** 返回的溢价比例,乘的关系,discount=121,代表溢价21% */
  discount?: Int64;
  /** 人群信息 */
  crowd?: TaobaoSimbaSerchcrowdStateBatchUpdateCrowdDto;
  /** 定向人群上下线状态 */
  online_status?: Int64;
  /** 定向人群Id */
  id?: Int64;
}

/** `CrowdDto` of `taobao.simba.serchcrowd.state.batch.update`. */
export interface TaobaoSimbaSerchcrowdStateBatchUpdateCrowdDto {
  /** 业务类型 */
  biz_type?: Int64;
  /** 用户id */
  cust_id?: Int64;
  /** 用户的nickname */
  name?: string;
  /** 定向人群包的模版id */
  template_id?: Int64;
  /** 定向人群类型 */
  type?: Int64;
}

const REQUEST_SCHEMA = {
  nick: 'String',
  adgroup_id: 'Number',
  adgroup_crowd_ids: ['String'],
  state: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  adgrouptargetingtags: [
    {
      price_mode: 'Number',
      discount: 'Number',
      crowd: {
        biz_type: 'Number',
        cust_id: 'Number',
        name: 'String',
        template_id: 'Number',
        type: 'Number',
      },
      online_status: 'Number',
      id: 'Number',
    },
  ],
  error_list: ['Json'],
} as const satisfies ObjectSchema;

/** Static description of `taobao.simba.serchcrowd.state.batch.update`: method, response root, request and response schemas. */
export const taobaoSimbaSerchcrowdStateBatchUpdateOperation = {
  method: 'taobao.simba.serchcrowd.state.batch.update',
  responseRoot: 'simba_serchcrowd_state_batch_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 单品搜索人群修改状态 — calls TOP method `taobao.simba.serchcrowd.state.batch.update`.
 *
 * 暂停或启用单品推广搜索人群溢价
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoSimbaSerchcrowdStateBatchUpdate(
  client: TopClient,
  request: TaobaoSimbaSerchcrowdStateBatchUpdateRequest,
  options?: CallOptions,
): Promise<TaobaoSimbaSerchcrowdStateBatchUpdateResponse> {
  return client.call<TaobaoSimbaSerchcrowdStateBatchUpdateResponse>(
    {
      method: 'taobao.simba.serchcrowd.state.batch.update',
      responseRoot: 'simba_serchcrowd_state_batch_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
