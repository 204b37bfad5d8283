// Generated from specs/lstwarehouse/alibaba.lst.branddatashare.stockdata.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.lst.branddatashare.stockdata.query` (查询品牌商品实仓库存/周转效能). */
export interface AlibabaLstBranddatashareStockdataQueryRequest {
  /** 入参 */
  param: AlibabaLstBranddatashareStockdataQueryBmSupplierStockDataParamInput;
}

/** Response of `alibaba.lst.branddatashare.stockdata.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaLstBranddatashareStockdataQueryResponse {
  /** 接口返回model */
  result?: AlibabaLstBranddatashareStockdataQueryResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BmSupplierStockDataParam` of `alibaba.lst.branddatashare.stockdata.query`. */
export interface AlibabaLstBranddatashareStockdataQueryBmSupplierStockDataParamInput {
  /** 供应商memberId */
  supplier_member_id: string;
  /** 品牌名称 */
  brand_name: string;
  /** 数据日期，格式：yyyy-MM-dd */
  stat_date: string;
  /** 页码 */
  page: Int64Input;
  /** 每页记录数 */
  size: Int64Input;
}

/** `Result` of `alibaba.lst.branddatashare.stockdata.query`. */
export interface AlibabaLstBranddatashareStockdataQueryResult {
  /** 总记录数 */
  total?: Int64;
  /** 每页记录数 */
  size?: Int64;
  /** 是否成功 */
  success?: boolean;
  /** 错误描述 */
  error_message?: string;
  /** 错误码 */
  error_code?: string;
  /** 页码 */
  page?: Int64;
  /** 返回内容 */
  content_list?: AlibabaLstBranddatashareStockdataQueryContent[];
}

/** `Content` of `alibaba.lst.branddatashare.stockdata.query`. */
export interface AlibabaLstBranddatashareStockdataQueryContent {
  /** 是否禁止补货 */
  is_no_rm?: string;
  /** 报价状态 */
  product_quote_status?: string;
  /** 连续缺货天数 */
  oss_days_std001?: Int64;
  /** 单品编码 */
  cspu_id?: string;
  /** 是否在售 */
  is_online?: string;
  /** 销售单位 */
  sale_unit_desc?: string;
  /** 当前商品分层 */
  itm_level?: string;
  /** 补货配送方式 */
  rm_ship_type?: string;
  /** 出清状态 */
  liquidation_status?: string;
  /** 仓库名称 */
  wh_name?: string;
  /** 单品名称 */
  cspu_name?: string;
  /** 仓库类型名称 */
  sub_wh_type_name?: string;
  /** 前端商品列表 */
  items_id?: string;
  /** 公司名称 */
  company?: string;
  /** 单价 */
  unit_price?: string;
  /** 数据日期 */
  stat_date?: string;
  /** 在途数量 */
  alloc_op_qty?: string;
  /** 品牌名称 */
  brand_name?: string;
  /** 条码 */
  bar_code_list?: string;
  /** 是否OB */
  is_ob?: string;
  /** 货品id */
  back_offer_id?: string;
  /** 箱规数 */
  carton_pcs?: string;
  /** 可售库存 */
  deport_itm_qty_std008?: Int64;
  /** 残次品在仓商品件数 */
  deport_itm_qty_std005?: Int64;
  /** 是否缺货 */
  is_oos?: string;
  /** 首次入库时间 */
  fst_inbound_time?: string;
  /** 最小起批量 */
  min_buy_qty?: string;
  /** 最小购买倍数 */
  min_buy_multiple?: string;
  /** 是否滞销 */
  is_dull?: string;
  /** 二级类目名称 */
  cate_lv2_name?: string;
  /** 上级仓名称 */
  parent_wh_name?: string;
  /** 大区名称 */
  big_area_name?: string;
  /** 首次入库天数 */
  fst_inbound_days?: Int64;
  /** 一级类目名称 */
  cate_lv1_name?: string;
  /** 三级类目名称 */
  cate_lv3_name?: string;
  /** 滞销库存临界天数 */
  unsale_instock_days?: string;
}

const REQUEST_SCHEMA = {
  param: {
    supplier_member_id: 'String',
    brand_name: 'String',
    stat_date: 'String',
    page: 'Number',
    size: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    total: 'Number',
    size: 'Number',
    success: 'Boolean',
    error_message: 'String',
    error_code: 'String',
    page: 'Number',
    content_list: [
      {
        is_no_rm: 'String',
        product_quote_status: 'String',
        oss_days_std001: 'Number',
        cspu_id: 'String',
        is_online: 'String',
        sale_unit_desc: 'String',
        itm_level: 'String',
        rm_ship_type: 'String',
        liquidation_status: 'String',
        wh_name: 'String',
        cspu_name: 'String',
        sub_wh_type_name: 'String',
        items_id: 'String',
        company: 'String',
        unit_price: 'String',
        stat_date: 'String',
        alloc_op_qty: 'String',
        brand_name: 'String',
        bar_code_list: 'String',
        is_ob: 'String',
        back_offer_id: 'String',
        carton_pcs: 'String',
        deport_itm_qty_std008: 'Number',
        deport_itm_qty_std005: 'Number',
        is_oos: 'String',
        fst_inbound_time: 'String',
        min_buy_qty: 'String',
        min_buy_multiple: 'String',
        is_dull: 'String',
        cate_lv2_name: 'String',
        parent_wh_name: 'String',
        big_area_name: 'String',
        fst_inbound_days: 'Number',
        cate_lv1_name: 'String',
        cate_lv3_name: 'String',
        unsale_instock_days: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.lst.branddatashare.stockdata.query`: method, response root, request and response schemas. */
export const alibabaLstBranddatashareStockdataQueryOperation = {
  method: 'alibaba.lst.branddatashare.stockdata.query',
  responseRoot: 'alibaba_lst_branddatashare_stockdata_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询品牌商品实仓库存/周转效能 — calls TOP method `alibaba.lst.branddatashare.stockdata.query`.
 *
 * 品牌商查询授权供应商实仓库存数据
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaLstBranddatashareStockdataQuery(
  client: TopClient,
  request: AlibabaLstBranddatashareStockdataQueryRequest,
  options?: CallOptions,
): Promise<AlibabaLstBranddatashareStockdataQueryResponse> {
  return client.call<AlibabaLstBranddatashareStockdataQueryResponse>(
    {
      method: 'alibaba.lst.branddatashare.stockdata.query',
      responseRoot: 'alibaba_lst_branddatashare_stockdata_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
