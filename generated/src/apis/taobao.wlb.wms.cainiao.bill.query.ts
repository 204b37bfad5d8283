// Generated from specs/wms/taobao.wlb.wms.cainiao.bill.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.wlb.wms.cainiao.bill.query` (查询单据列表). */
export interface TaobaoWlbWmsCainiaoBillQueryRequest {
  /** 每页条数。（每页条数不超过50条。默认为50） */
  page_size?: Int64Input;
  /** 页码。（大于0的整数。默认为1） */
  page_no?: Int64Input;
  /** 订单类型 201 销售出库 501 退货入库 502 换货出库 503 补发出库904 普通入库 903 普通出库单 306 B2B入库单 305 B2B出库单 601 采购入库 901 退供出库单 701 盘点出库 702 盘点入库 711 库存异动单 */
  order_type?: string;
  /** 起始时间，此字段检索订单最后修改时间， 格式 yyyy-MM-dd HH:mm:ss。 */
  end_modified_time: DateInput;
  /** 结束时间，此字段检索订单最后修改时间， 格式 yyyy-MM-dd HH:mm:ss。 */
  start_modified_time: DateInput;
}

/** Response of `taobao.wlb.wms.cainiao.bill.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoWlbWmsCainiaoBillQueryResponse {
  /** 订单列表信息 */
  order_info_list?: TaobaoWlbWmsCainiaoBillQueryCainiaoBillQueryOrderinfolist[];
  /** 总条数 */
  total_count?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CainiaoBillQueryOrderinfolist` of `taobao.wlb.wms.cainiao.bill.query`. */
export interface TaobaoWlbWmsCainiaoBillQueryCainiaoBillQueryOrderinfolist {
  /** 订单信息 */
  order_info?: TaobaoWlbWmsCainiaoBillQueryCainiaoBillQueryOrderinfo;
}

/** `CainiaoBillQueryOrderinfo` of `taobao.wlb.wms.cainiao.bill.query`. */
export interface TaobaoWlbWmsCainiaoBillQueryCainiaoBillQueryOrderinfo {
  /** 备注 */
  remark?: string;
  /** 订单最后修改时间 */
  modified_time?: string;
  /** 单据状态 WMS_ACCEPT 接单成功 WMS_REJECT 接单失败 WMS_CONFIRMED 仓库生产完成，注：此状态表示单据已经在WMS处理完成，可能通过获取单据详情接口获取单据详细信息。 WMS_CANCEL 取消仓库发货 -- WMS_FAILED 订单发货失败 TMS_SIGN 买家签收 TMS_REJECT 买家拒签 TMS_CANCEL 拦截派送 */
  status?: string;
  /** 仓库编码 */
  store_code?: string;
  /** 单据类型 201 销售出库 501 退货入库 502 换货出库 503 补发出库 904 普通入库 903 普通出库单 306 B2B入库单 305 B2B出库单 601 采购入库 901 退供出库单 701 盘点出库 702 盘点入库 711 库存异动单 */
  order_type?: Int64;
  /** ERP订单号 */
  order_code?: string;
  /** 菜鸟订单编码 */
  cn_order_code?: string;
  /** 订单来源（213 天猫，201 淘宝，214 京东，202 1688 阿里中文站 ，203 苏宁在线，204 亚马逊中国，205 当当，208 1号店，207 唯品会，209 国美在线，210 拍拍，206 易贝ebay，211 聚美优品，212 乐蜂网，215 邮乐，216 凡客，217 优购，218 银泰，219 易讯，221 聚尚网，222 蘑菇街，223 POS门店，301 其他） */
  order_source?: string;
  /** 交易订单号 */
  order_source_codes?: string[];
}

const REQUEST_SCHEMA = {
  page_size: 'Number',
  page_no: 'Number',
  order_type: 'String',
  end_modified_time: 'Date',
  start_modified_time: 'Date',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  order_info_list: [
    {
      order_info: {
        remark: 'String',
        modified_time: 'Date',
        status: 'String',
        store_code: 'String',
        order_type: 'Number',
        order_code: 'String',
        cn_order_code: 'String',
        order_source: 'String',
        order_source_codes: ['String'],
      },
    },
  ],
  total_count: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `taobao.wlb.wms.cainiao.bill.query`: method, response root, request and response schemas. */
export const taobaoWlbWmsCainiaoBillQueryOperation = {
  method: 'taobao.wlb.wms.cainiao.bill.query',
  responseRoot: 'wlb_wms_cainiao_bill_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询单据列表 — calls TOP method `taobao.wlb.wms.cainiao.bill.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoWlbWmsCainiaoBillQuery(
  client: TopClient,
  request: TaobaoWlbWmsCainiaoBillQueryRequest,
  options?: CallOptions,
): Promise<TaobaoWlbWmsCainiaoBillQueryResponse> {
  return client.call<TaobaoWlbWmsCainiaoBillQueryResponse>(
    {
      method: 'taobao.wlb.wms.cainiao.bill.query',
      responseRoot: 'wlb_wms_cainiao_bill_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
