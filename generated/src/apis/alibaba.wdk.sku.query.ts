// Generated from specs/wdk/alibaba.wdk.sku.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.sku.query` (查询商品). */
export interface AlibabaWdkSkuQueryRequest {
  /** 入参 */
  param: AlibabaWdkSkuQuerySkuQueryDoInput;
}

/** Response of `alibaba.wdk.sku.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkSkuQueryResponse {
  /** 调用结果 */
  result?: AlibabaWdkSkuQueryApiResults;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SkuQueryDo` of `alibaba.wdk.sku.query`. */
export interface AlibabaWdkSkuQuerySkuQueryDoInput {
  /** 商品编码列表 */
  sku_codes: string[];
  /** 门店或DC编码 */
  ou_code?: string;
}

/** `ApiResults` of `alibaba.wdk.sku.query`. */
export interface AlibabaWdkSkuQueryApiResults {
  /** 错误编码 */
  err_code?: string;
  /** 错误信息 */
  err_msg?: string;
  /** 结果集合 */
  models?: AlibabaWdkSkuQueryApiResult[];
  /** 是否成功 */
  success?: boolean;
}

/** `ApiResult` of `alibaba.wdk.sku.query`. */
export interface AlibabaWdkSkuQueryApiResult {
  /** 单条查询结果 */
  model?: AlibabaWdkSkuQuerySkuDo;
  /** 请求参数不能为空 */
  err_code?: string;
  /** 单条错误信息 */
  err_msg?: string;
  /** 单条是否成功 */
  success?: boolean;
}

/** `SkuDo` of `alibaba.wdk.sku.query`. */
export interface AlibabaWdkSkuQuerySkuDo {
  /** 保质期天数，商品的保质期（单位：天）,0表示没有保质期 */
  shelf_life?: Int64;
  /** 编码 */
  barcodes?: string;
  /** inventoryUnit */
  inventory_unit?: string;
  /** 一个库存单位的审批重量 */
  weight?: string;
  /** 宽度（宽） */
  width?: string;
  /** skuType */
  sku_type?: Int64;
  /** suggestedPrice */
  suggested_price?: string;
  /** ouCode */
  ou_code?: string;
  /** standardNo */
  standard_no?: string;
  /** manufacturerName */
  manufacturer_name?: string;
  /** brandName */
  brand_name?: string;
  /** detailPicUrls */
  detail_pic_urls?: string;
  /** weightFlag */
  weight_flag?: Int64;
  /** 高度 */
  height?: string;
  /** skuName */
  sku_name?: string;
  /** 长度 */
  length?: string;
  /** skuCode */
  sku_code?: string;
  /** categoryCode */
  category_code?: string;
  /** producerPlace */
  producer_place?: string;
  /** mainPicUrls */
  main_pic_urls?: string;
  /** storageType */
  storage_type?: Int64;
  /** taxRate */
  tax_rate?: string;
  /** manufacturerAddress */
  manufacturer_address?: string;
  /** 是否进口 */
  import_flag?: Int64;
  /** 净含量 */
  net_content?: string;
  /** 财务核算分类 */
  accounting_category?: string;
  /** 商品销售价格，单位元 */
  sale_price?: string;
  /** 销售单位 */
  sale_unit?: string;
  /** 进项税率 */
  input_invoice_content?: string;
  /** invoiceContent */
  invoice_content?: string;
  /** 小标题 */
  short_title?: string;
  /** 文描 */
  txt_desc?: string;
  /** 商品在机构内的生命周期，商品状态；A-正常、T-暂时停购、C-淘汰出清、R-清退、D-删除封挡，传ATCRD */
  life_status?: string;
  /** 销售规格 */
  sale_spec?: string;
  /** 机构编号 */
  org_no?: string;
  /** 平台类目 */
  hm_category_code?: string;
  /** 文描 */
  rich_text?: string;
  /** 商品别名 */
  alias_name?: string;
  /** 生产商名称 */
  producer_name?: string;
  /** 厂方货号 */
  factory_no?: string;
  /** 成份 */
  component?: string;
  /** 存储条件 */
  storage?: string;
  /** 产品等级 */
  grade?: string;
  /** 食用方式 */
  eat_way?: string;
  /** 溯源国标码 */
  origin_code?: string;
  /** 商品进项税率 */
  input_tax_rate?: string;
  /** 开票内容 */
  input_tax_rate_code?: string;
  /** 财务核算分类编码 */
  finance_type_code?: string;
  /** 开票内容 */
  tax_rate_code?: string;
  /** forest类目id */
  forest_cate_id?: Int64;
  /** 采购规格 */
  purchase_spec?: string;
  /** 采配单位 */
  purchase_unit?: string;
  /** 采配编码 */
  purchase_unit_code?: string;
  /** 存储单位编码 */
  inventory_unit_code?: string;
  /** 货物验收标准 */
  acceptance_criteria?: string;
  /** 超收比率 */
  overload_rate?: string;
  /** 禁收时限 */
  forbid_receive_days?: Int64;
  /** 禁售时限 */
  forbid_sales_days?: Int64;
  /** 配货单位名称 */
  delivery_unit?: string;
  /** 配货单位编码 */
  delivery_unit_code?: string;
  /** 配货规格 */
  delivery_spec?: string;
  /** 加工单位 取值选项和采购单位的可选项一致 */
  processing_unit?: string;
  /** 加工单位编码 */
  processing_unit_code?: string;
  /** 成本单位名称 */
  cost_unit?: string;
  /** 成本单位编码 */
  cost_unit_code?: string;
  /** 加工换算率 */
  procs_exchange_rate?: string;
  /** 成本换算率 */
  cost_exchange_rate?: string;
  /** 出料率 */
  mass_output_rate?: string;
  /** 考核成本价(含税) */
  cost_tax_price?: string;
  /** 考核成本价(不含税) */
  cost_no_price?: string;
  /** 商品标类型 */
  sku_label_type?: string;
  /** 商品标编码 */
  sku_label_type_code?: string;
  /** 保质期预警天数 */
  warn_days?: Int64;
  /** 是否允许在app上售卖 1：是 0：否（默认为0） */
  allow_app_sale?: Int64;
  /** 1、普通商品 2、预售商品 */
  item_sale_type?: Int64;
  /** 商品副标题卖点 */
  sub_title?: string;
  /** 卖点1名称 */
  title1?: string;
  /** 卖点1内容 */
  sub_title1?: string;
  /** 卖点2名称 */
  title2?: string;
  /** 卖点2内容 */
  sub_title2?: string;
  /** 销售单位（取值选项和采购单位的可选项一致） */
  sale_unit_code?: string;
  /** 标价签类型；商品在门店陈列时，采用的售价标签类型。因不采用电子价签，建议淘鲜达商家填默认值“无价签” */
  label_style_type?: string;
  /** 标价签类型编码 */
  label_price_type_code?: string;
  /** 是否定制品 0 否 1 是 */
  fixed_flag?: Int64;
  /** 均重（销售时库存单位与销售单位的转换) */
  avg_weight?: string;
  /** 预扣款重量（扣款时销售单位与库存单位的转换） */
  pre_minus_weight?: string;
  /** APP销售时，基于销售单位的步长 */
  step_quantity?: Int64;
  /** APP销售时，基于销售单位的起购量 */
  purchase_quantity?: Int64;
  /** 门店id */
  store_id?: string;
  /** 门店名称 */
  store_name?: string;
  /** 发布渠道 */
  channel_codes?: string;
  /** 默认供应商 */
  supplier_no?: string;
  /** 默认供应商名称 */
  supplier_name?: string;
  /** 默认物流中心 */
  logistics?: string;
  /** 默认物流中心名称 */
  logistics_name?: string;
  /** 配货逻辑仓 */
  delivery_warehouse?: string;
  /** 配货逻辑仓名称 */
  delivery_warehouse_name?: string;
  /** 退货逻辑仓 */
  return_warehouse?: string;
  /** 退货逻辑仓名称 */
  return_warehouse_name?: string;
  /** 配送方式 */
  delivery_way?: string;
  /** 配送方式名称 */
  delivery_way_name?: string;
  /** 加工时间 */
  processing_time?: Int64;
  /** 服务商品,skucode */
  service_items?: string;
  /** 默认商品价格（同SKU在当前渠道的价格） */
  default_sku_price?: string;
  /** 商品会员价格（主要用于对接线下的） */
  member_price?: string;
  /** 是否线上可售 是 0：否 1：是 */
  online_sale_flag?: Int64;
  /** 是否可售，用于查询商品的时候标识商品的可售状态,1可售 0不可售 */
  sale_flag_for_query?: Int64;
  /** skuSuppliers */
  sku_suppliers?: AlibabaWdkSkuQuerySkuSupplierDo[];
  /** 存储条件编码 */
  storage_code?: string;
  /** 商品类型1:普通商品、2:加工半成品、3:加工成品、4:原材料、5:耗材； */
  item_type_new?: Int64;
  /** 商家后台类目编码（同字段category_code） */
  merchant_cat_code?: string;
  /** 在app上显示的商品图片cdn地址（同字段main_pic_urls和detail_pic_urls），https开头，多个图片用英文逗号切割。第一张图片会作为主图；优先使用本字段 */
  sku_pic_urls?: string;
  /** 平台类目编码（同字段hm_category_code），需要商家把自己的类目对应到平台的类目上，此字段暂时只能支持3、4级类目修改；优先使用本字段 */
  back_cat_code?: string;
  /** 商品的保质期天数（同字段shelf_life），必须为整数，0代表不管理保质期；优先使用本字段 */
  period?: Int64;
}

/** `SkuSupplierDo` of `alibaba.wdk.sku.query`. */
export interface AlibabaWdkSkuQuerySkuSupplierDo {
  /** 供应商编码 */
  supplier_no?: string;
  /** 供应商编码名称 */
  supplier_name?: string;
  /** 是否可退 1可退 0不可退 */
  return_flag?: Int64;
  /** 最小起订量 */
  minimum?: string;
  /** 是否主供应商 1是主供应商 0非主供 */
  main_flag?: Int64;
  /** 采购单价；淘鲜达合作商家填默认值0；单位:元 */
  purchase_price?: string;
}

const REQUEST_SCHEMA = {
  param: {
    sku_codes: ['String'],
    ou_code: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    err_code: 'String',
    err_msg: 'String',
    models: [
      {
        model: {
          shelf_life: 'Number',
          barcodes: 'String',
          inventory_unit: 'String',
          weight: 'String',
          width: 'String',
          sku_type: 'Number',
          suggested_price: 'String',
          ou_code: 'String',
          standard_no: 'String',
          manufacturer_name: 'String',
          brand_name: 'String',
          detail_pic_urls: 'String',
          weight_flag: 'Number',
          height: 'String',
          sku_name: 'String',
          length: 'String',
          sku_code: 'String',
          category_code: 'String',
          producer_place: 'String',
          main_pic_urls: 'String',
          storage_type: 'Number',
          tax_rate: 'String',
          manufacturer_address: 'String',
          import_flag: 'Number',
          net_content: 'String',
          accounting_category: 'String',
          sale_price: 'String',
          sale_unit: 'String',
          input_invoice_content: 'String',
          invoice_content: 'String',
          short_title: 'String',
          txt_desc: 'String',
          life_status: 'String',
          sale_spec: 'String',
          org_no: 'String',
          hm_category_code: 'String',
          rich_text: 'String',
          alias_name: 'String',
          producer_name: 'String',
          factory_no: 'String',
          component: 'String',
          storage: 'String',
          grade: 'String',
          eat_way: 'String',
          origin_code: 'String',
          input_tax_rate: 'String',
          input_tax_rate_code: 'String',
          finance_type_code: 'String',
          tax_rate_code: 'String',
          forest_cate_id: 'Number',
          purchase_spec: 'String',
          purchase_unit: 'String',
          purchase_unit_code: 'String',
          inventory_unit_code: 'String',
          acceptance_criteria: 'String',
          overload_rate: 'String',
          forbid_receive_days: 'Number',
          forbid_sales_days: 'Number',
          delivery_unit: 'String',
          delivery_unit_code: 'String',
          delivery_spec: 'String',
          processing_unit: 'String',
          processing_unit_code: 'String',
          cost_unit: 'String',
          cost_unit_code: 'String',
          procs_exchange_rate: 'String',
          cost_exchange_rate: 'String',
          mass_output_rate: 'String',
          cost_tax_price: 'String',
          cost_no_price: 'String',
          sku_label_type: 'String',
          sku_label_type_code: 'String',
          warn_days: 'Number',
          allow_app_sale: 'Number',
          item_sale_type: 'Number',
          sub_title: 'String',
          title1: 'String',
          sub_title1: 'String',
          title2: 'String',
          sub_title2: 'String',
          sale_unit_code: 'String',
          label_style_type: 'String',
          label_price_type_code: 'String',
          fixed_flag: 'Number',
          avg_weight: 'String',
          pre_minus_weight: 'String',
          step_quantity: 'Number',
          purchase_quantity: 'Number',
          store_id: 'String',
          store_name: 'String',
          channel_codes: 'String',
          supplier_no: 'String',
          supplier_name: 'String',
          logistics: 'String',
          logistics_name: 'String',
          delivery_warehouse: 'String',
          delivery_warehouse_name: 'String',
          return_warehouse: 'String',
          return_warehouse_name: 'String',
          delivery_way: 'String',
          delivery_way_name: 'String',
          processing_time: 'Number',
          service_items: 'String',
          default_sku_price: 'String',
          member_price: 'String',
          online_sale_flag: 'Number',
          sale_flag_for_query: 'Number',
          sku_suppliers: [
            {
              supplier_no: 'String',
              supplier_name: 'String',
              return_flag: 'Number',
              minimum: 'String',
              main_flag: 'Number',
              purchase_price: 'String',
            },
          ],
          storage_code: 'String',
          item_type_new: 'Number',
          merchant_cat_code: 'String',
          sku_pic_urls: 'String',
          back_cat_code: 'String',
          period: 'Number',
        },
        err_code: 'String',
        err_msg: 'String',
        success: 'Boolean',
      },
    ],
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.sku.query`: method, response root, request and response schemas. */
export const alibabaWdkSkuQueryOperation = {
  method: 'alibaba.wdk.sku.query',
  responseRoot: 'alibaba_wdk_sku_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询商品 — calls TOP method `alibaba.wdk.sku.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkSkuQuery(
  client: TopClient,
  request: AlibabaWdkSkuQueryRequest,
  options?: CallOptions,
): Promise<AlibabaWdkSkuQueryResponse> {
  return client.call<AlibabaWdkSkuQueryResponse>(
    {
      method: 'alibaba.wdk.sku.query',
      responseRoot: 'alibaba_wdk_sku_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
