// Generated from specs/wlb/taobao.wlb.subscription.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.wlb.subscription.query` (查询商家定购的所有服务). */
export interface TaobaoWlbSubscriptionQueryRequest {
  /**
   * 状态
   * AUDITING 1-待审核;
   * CANCEL 2-撤销 ;
   * CHECKED 3-审核通过 ;
   * FAILED 4-审核未通过 ;
   * SYNCHRONIZING 5-同步中;
   * 只允许输入上面指定的值，且可以为空，为空时查询所有状态。若输错了，则按AUDITING处理。
   */
  status?: string;
  /** 当前页 */
  page_no?: Int64Input;
  /** 分页记录个数，如果用户输入的记录数大于50，则一页显示50条记录 */
  page_size?: Int64Input;
}

/** Response of `taobao.wlb.subscription.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoWlbSubscriptionQueryResponse {
  /** 结果总数 */
  total_count?: Int64;
  /** 卖家定购的服务列表 */
  seller_subscription_list?: TaobaoWlbSubscriptionQuerySellerSubscriptionList[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SellerSubscriptionList` of `taobao.wlb.subscription.query`. */
export interface TaobaoWlbSubscriptionQuerySellerSubscriptionList {
  /** 定购ID */
  id?: Int64;
  /** 定购用户ID */
  subscriber_user_id?: Int64;
  /** 定购用户NICK */
  subscriber_user_nick?: string;
  /** 服务商ID */
  provider_user_id?: Int64;
  /** 服务ID */
  service_id?: Int64;
  /** 定购有效开始日期 */
  start_date?: string;
  /** 定购有效结束日期 */
  end_date?: string;
  /** 服务编码 */
  service_code?: string;
  /** 服务名 */
  service_name?: string;
  /**
   * 服务类型，
   * STORE 1-仓储、
   * TMS 2-TMS、
   * PACKAGE 3-包装服务
   * SUPPLIER 4-供货
   * INSTALL 5-安装
   * COMPLEX_SERVICE 100-综合服务
   */
  service_type?: string;
  /**
   * 父定购ID
   * 可通过该字段来得之服务上下级关系。
   * 例定购了仓储服务，下又有TMS服务。
   * 该字段保存仓储服务ID。
   */
  parent_id?: Int64;
  /**
   * 状态
   * AUDITING 1-待审核
   * CANCEL 2-撤销
   * CHECKED 3-审核通过
   * FAILED 4-审核未通过
   * SYNCHRONIZING 5-同步中
   */
  status?: string;
  /** 创建时间 */
  gmt_create?: string;
  /** 修改时间 */
  gmt_modified?: string;
  /** 备注 */
  remark?: string;
  /** 联系人地址信息 */
  wlb_partner_address?: TaobaoWlbSubscriptionQueryAddressInfo;
  /** 联系人联系详情 */
  wlb_partner_contact?: TaobaoWlbSubscriptionQueryContactInfo;
  /** 判断该仓库是否是实体仓，还是虚拟仓，null是实体仓，10:代表虚拟仓 */
  is_own_service?: Int64;
  /** 自有仓的别名，当当前订购记录为自有仓时才会有值 */
  service_alias?: string;
  /** openuid */
  openuid?: string;
}

/** `AddressInfo` of `taobao.wlb.subscription.query`. */
export interface TaobaoWlbSubscriptionQueryAddressInfo {
  /** 省 */
  province?: string;
  /** 市 */
  city?: string;
  /** 区 */
  borough?: string;
  /** 详细地址 */
  address?: string;
  /** 邮编 */
  zip?: string;
}

/** `ContactInfo` of `taobao.wlb.subscription.query`. */
export interface TaobaoWlbSubscriptionQueryContactInfo {
  /** 仓库联系人姓名 */
  name?: string;
  /** 联系电话 */
  phone?: string;
}

const REQUEST_SCHEMA = {
  status: 'String',
  page_no: 'Number',
  page_size: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  total_count: 'Number',
  seller_subscription_list: [
    {
      id: 'Number',
      subscriber_user_id: 'Number',
      subscriber_user_nick: 'String',
      provider_user_id: 'Number',
      service_id: 'Number',
      start_date: 'Date',
      end_date: 'Date',
      service_code: 'String',
      service_name: 'String',
      service_type: 'String',
      parent_id: 'Number',
      status: 'String',
      gmt_create: 'Date',
      gmt_modified: 'Date',
      remark: 'String',
      wlb_partner_address: {
        province: 'String',
        city: 'String',
        borough: 'String',
        address: 'String',
        zip: 'String',
      },
      wlb_partner_contact: {
        name: 'String',
        phone: 'String',
      },
      is_own_service: 'Number',
      service_alias: 'String',
      openuid: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.wlb.subscription.query`: method, response root, request and response schemas. */
export const taobaoWlbSubscriptionQueryOperation = {
  method: 'taobao.wlb.subscription.query',
  responseRoot: 'wlb_subscription_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询商家定购的所有服务 — calls TOP method `taobao.wlb.subscription.query`.
 *
 * 查询商家定购的所有服务,可通过入参状态来筛选
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoWlbSubscriptionQuery(
  client: TopClient,
  request: TaobaoWlbSubscriptionQueryRequest = {},
  options?: CallOptions,
): Promise<TaobaoWlbSubscriptionQueryResponse> {
  return client.call<TaobaoWlbSubscriptionQueryResponse>(
    {
      method: 'taobao.wlb.subscription.query',
      responseRoot: 'wlb_subscription_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
