// Generated from specs/simba/taobao.simba.adgroupsbyadgroupids.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.simba.adgroupsbyadgroupids.get` (批量得到推广组). */
export interface TaobaoSimbaAdgroupsbyadgroupidsGetRequest {
  /** 主人昵称 */
  nick?: string;
  /**
   * 推广组Id列表
   *
   * Max list size: 200
   */
  adgroup_ids?: string[];
  /** 页尺寸，最大200，如果入参adgroup_ids有传入值，则page_size和page_no值不起作用。如果adgrpup_ids为空而campaign_id有值，此时page_size和page_no值才是返回的页数据大小和页码 */
  page_size: Int64Input;
  /** 页码，从1开始 */
  page_no: Int64Input;
}

/** Response of `taobao.simba.adgroupsbyadgroupids.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoSimbaAdgroupsbyadgroupidsGetResponse {
  /** 返回的推广组分页对象 */
  adgroups?: TaobaoSimbaAdgroupsbyadgroupidsGetADGroupPage;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ADGroupPage` of `taobao.simba.adgroupsbyadgroupids.get`. */
export interface TaobaoSimbaAdgroupsbyadgroupidsGetADGroupPage {
  /** 每页数据大小 */
  page_size?: Int64;
  /** 返回第几页的数据从1开始 */
  page_no?: Int64;
  /** 所查询的数据总数，只有当返回第一页数据时有值，当要求返回的数据非第一页时，此返回值无效 */
  total_item?: Int64;
  /** 商品对象列表 */
  adgroup_list?: TaobaoSimbaAdgroupsbyadgroupidsGetADGroup[];
}

/** `ADGroup` of `taobao.simba.adgroupsbyadgroupids.get`. */
export interface TaobaoSimbaAdgroupsbyadgroupidsGetADGroup {
  /** 推广组主人昵称 */
  nick?: string;
  /** 推广计划Id */
  campaign_id?: Int64;
  /** 推广组id */
  adgroup_id?: Int64;
  /** title */
  title?: string;
  /** imgUrl */
  img_url?: string;
  /** outsideItemPrice */
  item_price?: string;
  /** 商品类目id，从根类目到子类目，用空格分割 */
  category_ids?: string;
  /** 商品数字id */
  num_iid?: Int64;
  /** 默认出价，单位为分，不能小于5 */
  default_price?: Int64;
  /** 已经废弃 */
  nonsearch_max_price?: Int64;
  /** 已经废弃 */
  is_nonsearch_default_price?: boolean;
  /** 用户设置的上下线状态，offline-下线(暂停竞价)；online-上线；默认为online */
  online_status?: string;
  /** online-上线；audit_offline-审核下线；crm_offline-CRM下线；默认为online */
  offline_type?: string;
  /** 审核下线原因 */
  reason?: string;
  /** 创建时间 */
  create_time?: string;
  /** 最后修改时间 */
  modified_time?: string;
  /** 已经废弃 */
  mobile_discount?: Int64;
}

const REQUEST_SCHEMA = {
  nick: 'String',
  adgroup_ids: ['String'],
  page_size: 'Number',
  page_no: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  adgroups: {
    page_size: 'Number',
    page_no: 'Number',
    total_item: 'Number',
    adgroup_list: [
      {
        nick: 'String',
        campaign_id: 'Number',
        adgroup_id: 'Number',
        title: 'String',
        img_url: 'String',
        item_price: 'String',
        category_ids: 'String',
        num_iid: 'Number',
        default_price: 'Number',
        nonsearch_max_price: 'Number',
        is_nonsearch_default_price: 'Boolean',
        online_status: 'String',
        offline_type: 'String',
        reason: 'String',
        create_time: 'Date',
        modified_time: 'Date',
        mobile_discount: 'Number',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.simba.adgroupsbyadgroupids.get`: method, response root, request and response schemas. */
export const taobaoSimbaAdgroupsbyadgroupidsGetOperation = {
  method: 'taobao.simba.adgroupsbyadgroupids.get',
  responseRoot: 'simba_adgroupsbyadgroupids_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 批量得到推广组 — calls TOP method `taobao.simba.adgroupsbyadgroupids.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoSimbaAdgroupsbyadgroupidsGet(
  client: TopClient,
  request: TaobaoSimbaAdgroupsbyadgroupidsGetRequest,
  options?: CallOptions,
): Promise<TaobaoSimbaAdgroupsbyadgroupidsGetResponse> {
  return client.call<TaobaoSimbaAdgroupsbyadgroupidsGetResponse>(
    {
      method: 'taobao.simba.adgroupsbyadgroupids.get',
      responseRoot: 'simba_adgroupsbyadgroupids_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
