// Generated from specs/ascp/alibaba.dchain.aoxiang.wms.deliveryorder.confirm.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.dchain.aoxiang.wms.deliveryorder.confirm` (回传发货单确认). */
export interface AlibabaDchainAoxiangWmsDeliveryorderConfirmRequest {
  /** 确认接单回传上报请求 */
  delivery_order_confirm_report_request: AlibabaDchainAoxiangWmsDeliveryorderConfirmDeliveryOrderConfirmReportRequestInput;
}

/** Response of `alibaba.dchain.aoxiang.wms.deliveryorder.confirm`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaDchainAoxiangWmsDeliveryorderConfirmResponse {
  /** 回传结果 */
  delivery_order_confirm_report_response?: AlibabaDchainAoxiangWmsDeliveryorderConfirmDeliveryOrderConfirmReportResponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `DeliveryOrderConfirmReportRequest` of `alibaba.dchain.aoxiang.wms.deliveryorder.confirm`. */
export interface AlibabaDchainAoxiangWmsDeliveryorderConfirmDeliveryOrderConfirmReportRequestInput {
  /** 发货单信息 */
  delivery_order?: AlibabaDchainAoxiangWmsDeliveryorderConfirmDeliveryOrderInput;
  /** 包裹信息 */
  packages?: AlibabaDchainAoxiangWmsDeliveryorderConfirmDeliveryOrderInput2[];
  /** 单据列表 */
  order_lines?: AlibabaDchainAoxiangWmsDeliveryorderConfirmOrderLineInput[];
  /** 业务请求ID，用于做幂等 */
  request_id: string;
  /** 业务请求时间（时间戳） */
  request_time: Int64Input;
  /** 扩展属性 */
  extend_props?: string;
  /** 货主ID */
  owner_code: string;
}

/** `DeliveryOrder` of `alibaba.dchain.aoxiang.wms.deliveryorder.confirm`. */
export interface AlibabaDchainAoxiangWmsDeliveryorderConfirmDeliveryOrderInput {
  /** 出库单号 */
  delivery_order_code: string;
  /** 仓储系统出库单号 */
  delivery_order_id?: string;
  /** 仓库编码 */
  warehouse_code: string;
  /** 出库单类型(JYCK=一般交易出库;HHCK=换货出库;BFCK=补发出库;QTCK=其他出库单) */
  order_type: string;
  /** 出库单状态(NEW-未开始处理;ACCEPT-仓库接单;PARTDELIVERED-部分发货完成;DELIVERED-发货完成;EXCEPTION-异 常;CANCELED-取消;CLOSED-关闭;REJECT-拒单;CANCELEDFAIL-取消失败;只传英文编码) */
  status?: string;
  /** 外部业务编码(消息ID;用于去重;ISV对于同一请求;分配一个唯一性的编码。用来保证因为网络等原因导致重复传输;请求 不会被重复处理;条件必填;条件为一单需要多次确认时) */
  out_biz_code?: string;
  /** 支持出库单多次发货(多次发货后确认时;0表示发货单最终状态确认;1表示发货单中间状态确认) */
  confirm_type?: string;
  /** 订单完成时间(YYYY-MM-DD HH:MM:SS) */
  order_confirm_time?: string;
  /** 当前状态操作员编码 */
  operator_code?: string;
  /** 当前状态操作员姓名 */
  operator_name?: string;
  /** 当前状态操作时间(YYYY-MM-DD HH:MM:SS) */
  operate_time?: string;
  /** 仓储费用 */
  storage_fee?: string;
  /** 发票信息 */
  invoices?: AlibabaDchainAoxiangWmsDeliveryorderConfirmInvoiceInput[];
}

/** `Invoice` of `alibaba.dchain.aoxiang.wms.deliveryorder.confirm`. */
export interface AlibabaDchainAoxiangWmsDeliveryorderConfirmInvoiceInput {
  /** 发票抬头 */
  header?: string;
  /** 发票金额 */
  amount?: string;
  /** 发票内容 */
  content?: string;
  /** 发货详情 */
  detail?: AlibabaDchainAoxiangWmsDeliveryorderConfirmDetailInput;
  /** 发票代码(纳税企业的标识) */
  code?: string;
  /** 发票号码(纳税企业内部的发票号) */
  number?: string;
}

/** `Detail` of `alibaba.dchain.aoxiang.wms.deliveryorder.confirm`. */
export interface AlibabaDchainAoxiangWmsDeliveryorderConfirmDetailInput {
  /** 商品 */
  items?: AlibabaDchainAoxiangWmsDeliveryorderConfirmItemInput[];
}

/** `Item` of `alibaba.dchain.aoxiang.wms.deliveryorder.confirm`. */
export interface AlibabaDchainAoxiangWmsDeliveryorderConfirmItemInput {
  /** 商品名称 */
  item_name?: string;
  /** 商品单位 */
  unit?: string;
  /** 商品单价 */
  price?: string;
  /** 数量 */
  quantity?: string;
  /** 金额 */
  amount?: string;
  /** 商品编码 */
  item_code?: string;
  /** 商品仓储系统编码 */
  item_id?: string;
}

/** `DeliveryOrder` of `alibaba.dchain.aoxiang.wms.deliveryorder.confirm`. */
export interface AlibabaDchainAoxiangWmsDeliveryorderConfirmDeliveryOrderInput2 {
  /** 物流公司编码(SF=顺丰、EMS=标准快递、EYB=经济快件、ZJS=宅急送、YTO=圆通、ZTO=中通 (ZTO)、HTKY=百世汇通、 UC=优速、STO=申通、TTKDEX=天天快递、QFKD=全峰、FAST=快捷、POSTB=邮政小包、GTO=国通、YUNDA=韵达、JD=京东配送、DD=当当宅配、 AMAZON=亚马逊物流、OTHER=其他;只传英文编码) */
  logistics_code?: string;
  /** 物流公司名称 */
  logistics_name?: string;
  /** 运单号 */
  express_code?: string;
  /** 包裹编号 */
  package_code?: string;
  /** 包裹长度(单位：厘米) */
  length?: string;
  /** 包裹宽度(单位：厘米) */
  width?: string;
  /** 包裹高度(单位：厘米) */
  height?: string;
  /** 包裹理论重量(单位：千克) */
  theoretical_weight?: string;
  /** 包裹重量(单位：千克) */
  weight?: string;
  /** 包裹体积(单位：升) */
  volume?: string;
  /** 发票号 */
  invoice_no?: string;
  /** 包材信息 */
  package_material_list?: AlibabaDchainAoxiangWmsDeliveryorderConfirmPackageMaterialInput[];
  /** 商品列表 */
  items?: AlibabaDchainAoxiangWmsDeliveryorderConfirmItemInput2[];
}

/** `PackageMaterial` of `alibaba.dchain.aoxiang.wms.deliveryorder.confirm`. */
export interface AlibabaDchainAoxiangWmsDeliveryorderConfirmPackageMaterialInput {
  /** 包材型号 */
  type?: string;
  /** 包材的数量 */
  quantity?: string;
}

/** `Item` of `alibaba.dchain.aoxiang.wms.deliveryorder.confirm`. */
export interface AlibabaDchainAoxiangWmsDeliveryorderConfirmItemInput2 {
  /** 商品编码 */
  item_code?: string;
  /** 商品仓储系统编码 */
  item_id?: string;
  /** 包裹内该商品的数量 */
  quantity?: string;
  /** 单据行号 */
  order_line_no?: string;
}

/** `OrderLine` of `alibaba.dchain.aoxiang.wms.deliveryorder.confirm`. */
export interface AlibabaDchainAoxiangWmsDeliveryorderConfirmOrderLineInput {
  /** 单据行号 */
  order_line_no?: string;
  /** 平台交易订单编码 */
  order_source_code?: string;
  /** 平台交易子订单编码 */
  sub_source_code?: string;
  /** 商品编码 */
  item_code?: string;
  /** 商品仓储系统编码 */
  item_id?: string;
  /** 库存类型(ZP=正品;CC=残次;JS=机损;XS=箱损;ZT=在途库存;默认为查所有类型的库存) */
  inventory_type?: string;
  /** 货主编码 */
  owner_code?: string;
  /** 商品名称 */
  item_name?: string;
  /** 交易平台商品编码 */
  ext_code?: string;
  /** 应发商品数量 */
  plan_qty?: string;
  /** 实发商品数量 */
  actual_qty?: string;
  /** 批次编号 */
  batch_code?: string;
  /** 生产日期(YYYY-MM-DD) */
  product_date?: string;
  /** 过期日期(YYYY-MM-DD) */
  expire_date?: string;
  /** 生产批号 */
  produce_code?: string;
  /** 批次列表 */
  batchs?: AlibabaDchainAoxiangWmsDeliveryorderConfirmBatchInput[];
  /** 商品的二维码(类似电子产品的SN码;用来进行商品的溯源;多个二维码之间用分号;隔开) */
  qr_code?: string;
  /** 货品sn编码 */
  sn_code?: string;
  /** sn列表 */
  sn_list?: AlibabaDchainAoxiangWmsDeliveryorderConfirmSnListInput;
  /** 供应商名称 */
  supplier_name?: string;
  /** 供应商编码 */
  supplier_code?: string;
}

/** `Batch` of `alibaba.dchain.aoxiang.wms.deliveryorder.confirm`. */
export interface AlibabaDchainAoxiangWmsDeliveryorderConfirmBatchInput {
  /** 批次编号 */
  batch_code?: string;
  /** 生产日期(YYYY-MM-DD) */
  product_date?: string;
  /** 过期日期(YYYY-MM-DD) */
  expire_date?: string;
  /** 生产批号 */
  produce_code?: string;
  /** 库存类型(ZP=正品;CC=残次;JS=机损;XS=箱损;ZT=在途库存;默认为查所有类型的库存) */
  inventory_type?: string;
  /** 实发数量(要求batchs节点下所有的实发数量之和等于orderline中的实发数量) */
  actual_qty?: string;
  /** 货品sn编码 */
  sn_code?: string;
}

/** `SnList` of `alibaba.dchain.aoxiang.wms.deliveryorder.confirm`. */
export interface AlibabaDchainAoxiangWmsDeliveryorderConfirmSnListInput {
  /** sn */
  sn?: string[];
}

/** `DeliveryOrderConfirmReportResponse` of `alibaba.dchain.aoxiang.wms.deliveryorder.confirm`. */
export interface AlibabaDchainAoxiangWmsDeliveryorderConfirmDeliveryOrderConfirmReportResponse {
  /** traceId，类似于requestId */
  trace_id?: string;
  /** 返回码 */
  code?: string;
  /** 成功或者失败 */
  success?: boolean;
  /** 返回信息 */
  message?: string;
}

const REQUEST_SCHEMA = {
  delivery_order_confirm_report_request: {
    delivery_order: {
      delivery_order_code: 'String',
      delivery_order_id: 'String',
      warehouse_code: 'String',
      order_type: 'String',
      status: 'String',
      out_biz_code: 'String',
      confirm_type: 'String',
      order_confirm_time: 'String',
      operator_code: 'String',
      operator_name: 'String',
      operate_time: 'String',
      storage_fee: 'String',
      invoices: [
        {
          header: 'String',
          amount: 'String',
          content: 'String',
          detail: {
            items: [
              {
                item_name: 'String',
                unit: 'String',
                price: 'String',
                quantity: 'String',
                amount: 'String',
                item_code: 'String',
                item_id: 'String',
              },
            ],
          },
          code: 'String',
          number: 'String',
        },
      ],
    },
    packages: [
      {
        logistics_code: 'String',
        logistics_name: 'String',
        express_code: 'String',
        package_code: 'String',
        length: 'String',
        width: 'String',
        height: 'String',
        theoretical_weight: 'String',
        weight: 'String',
        volume: 'String',
        invoice_no: 'String',
        package_material_list: [
          {
            type: 'String',
            quantity: 'String',
          },
        ],
        items: [
          {
            item_code: 'String',
            item_id: 'String',
            quantity: 'String',
            order_line_no: 'String',
          },
        ],
      },
    ],
    order_lines: [
      {
        order_line_no: 'String',
        order_source_code: 'String',
        sub_source_code: 'String',
        item_code: 'String',
        item_id: 'String',
        inventory_type: 'String',
        owner_code: 'String',
        item_name: 'String',
        ext_code: 'String',
        plan_qty: 'String',
        actual_qty: 'String',
        batch_code: 'String',
        product_date: 'String',
        expire_date: 'String',
        produce_code: 'String',
        batchs: [
          {
            batch_code: 'String',
            product_date: 'String',
            expire_date: 'String',
            produce_code: 'String',
            inventory_type: 'String',
            actual_qty: 'String',
            sn_code: 'String',
          },
        ],
        qr_code: 'String',
        sn_code: 'String',
        sn_list: {
          sn: ['String'],
        },
        supplier_name: 'String',
        supplier_code: 'String',
      },
    ],
    request_id: 'String',
    request_time: 'Number',
    extend_props: 'String',
    owner_code: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  delivery_order_confirm_report_response: {
    trace_id: 'String',
    code: 'String',
    success: 'Boolean',
    message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.dchain.aoxiang.wms.deliveryorder.confirm`: method, response root, request and response schemas. */
export const alibabaDchainAoxiangWmsDeliveryorderConfirmOperation = {
  method: 'alibaba.dchain.aoxiang.wms.deliveryorder.confirm',
  responseRoot: 'alibaba_dchain_aoxiang_wms_deliveryorder_confirm_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 回传发货单确认 — calls TOP method `alibaba.dchain.aoxiang.wms.deliveryorder.confirm`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaDchainAoxiangWmsDeliveryorderConfirm(
  client: TopClient,
  request: AlibabaDchainAoxiangWmsDeliveryorderConfirmRequest,
  options?: CallOptions,
): Promise<AlibabaDchainAoxiangWmsDeliveryorderConfirmResponse> {
  return client.call<AlibabaDchainAoxiangWmsDeliveryorderConfirmResponse>(
    {
      method: 'alibaba.dchain.aoxiang.wms.deliveryorder.confirm',
      responseRoot: 'alibaba_dchain_aoxiang_wms_deliveryorder_confirm_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
