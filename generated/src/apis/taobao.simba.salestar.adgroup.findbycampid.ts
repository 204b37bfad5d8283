// Generated from specs/simba/taobao.simba.salestar.adgroup.findbycampid.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.simba.salestar.adgroup.findbycampid` ((销量明星)批量获取推广计划下的推广组信息). */
export interface TaobaoSimbaSalestarAdgroupFindbycampidRequest {
  /** 推广计划Id */
  campaign_id?: Int64Input;
  /**
   * 页尺寸，最大200，如果入参adgroup_ids有传入值，则page_size和page_no值不起作用。如果adgrpup_ids为空而campaign_id有值，此时page_size和page_no值才是返回的页数据大小和页码
   *
   * Min value: 1
   * Max value: 200
   */
  page_size: Int64Input;
  /**
   * 页码，从1开始
   *
   * Min value: 1
   */
  page_no: Int64Input;
}

/** Response of `taobao.simba.salestar.adgroup.findbycampid`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoSimbaSalestarAdgroupFindbycampidResponse {
  /** 返回的推广组分页对象 */
  adgroups?: TaobaoSimbaSalestarAdgroupFindbycampidADGroupPage;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ADGroupPage` of `taobao.simba.salestar.adgroup.findbycampid`. */
export interface TaobaoSimbaSalestarAdgroupFindbycampidADGroupPage {
  /** 每页数据大小 */
  page_size?: Int64;
  /** 返回第几页的数据从1开始 */
  page_no?: Int64;
  /** 所查询的数据总数，只有当返回第一页数据时有值，当要求返回的数据非第一页时，此返回值无效 */
  total_item?: Int64;
  /** 商品对象列表 */
  adgroup_list?: TaobaoSimbaSalestarAdgroupFindbycampidADGroup[];
}

/** `ADGroup` of `taobao.simba.salestar.adgroup.findbycampid`. */
export interface TaobaoSimbaSalestarAdgroupFindbycampidADGroup {
  /** 推广计划Id */
  campaign_id?: Int64;
  /** 推广组id */
  adgroup_id?: Int64;
  /** 商品类目id，从根类目到子类目，用空格分割 */
  category_ids?: string;
  /** 商品数字id */
  num_iid?: Int64;
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
  /** title */
  title?: string;
  /** imgUrl */
  img_url?: string;
  /** itemPrice */
  item_price?: string;
}

const REQUEST_SCHEMA = {
  campaign_id: 'Number',
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
        campaign_id: 'Number',
        adgroup_id: 'Number',
        category_ids: 'String',
        num_iid: 'Number',
        online_status: 'String',
        offline_type: 'String',
        reason: 'String',
        create_time: 'Date',
        modified_time: 'Date',
        title: 'String',
        img_url: 'String',
        item_price: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.simba.salestar.adgroup.findbycampid`: method, response root, request and response schemas. */
export const taobaoSimbaSalestarAdgroupFindbycampidOperation = {
  method: 'taobao.simba.salestar.adgroup.findbycampid',
  responseRoot: 'simba_salestar_adgroup_findbycampid_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * (销量明星)批量获取推广计划下的推广组信息 — calls TOP method `taobao.simba.salestar.adgroup.findbycampid`.
 *
 * 批量得到推广计划下的推广组
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoSimbaSalestarAdgroupFindbycampid(
  client: TopClient,
  request: TaobaoSimbaSalestarAdgroupFindbycampidRequest,
  options?: CallOptions,
): Promise<TaobaoSimbaSalestarAdgroupFindbycampidResponse> {
  return client.call<TaobaoSimbaSalestarAdgroupFindbycampidResponse>(
    {
      method: 'taobao.simba.salestar.adgroup.findbycampid',
      responseRoot: 'simba_salestar_adgroup_findbycampid_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
