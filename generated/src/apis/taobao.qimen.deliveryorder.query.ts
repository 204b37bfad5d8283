// Generated from specs/qimen/taobao.qimen.deliveryorder.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.qimen.deliveryorder.query` (发货单查询接口). */
export interface TaobaoQimenDeliveryorderQueryRequest {
  request?: TaobaoQimenDeliveryorderQueryDeliveryOrderQueryRequestInput;
}

/** Response of `taobao.qimen.deliveryorder.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoQimenDeliveryorderQueryResponse {
  response?: TaobaoQimenDeliveryorderQueryDeliveryOrderQueryResponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `DeliveryOrderQueryRequest` of `taobao.qimen.deliveryorder.query`. */
export interface TaobaoQimenDeliveryorderQueryDeliveryOrderQueryRequestInput {
  /** 货主编码 */
  ownerCode?: string;
  /** 仓库编码 */
  warehouseCode?: string;
  /** 发库单号 */
  orderCode: string;
  /** 仓储系统发库单号 */
  orderId?: string;
  /** 交易单号 */
  orderSourceCode?: string;
  /** 当前页 */
  page: Int64Input;
  /** 每页orderLine条数(最多100条) */
  pageSize: Int64Input;
  /** 扩展属性 */
  extendProps?: string | Record<string, unknown>;
  /** 备注 */
  remark?: string;
}

/** `DeliveryOrderQueryResponse` of `taobao.qimen.deliveryorder.query`. */
export interface TaobaoQimenDeliveryorderQueryDeliveryOrderQueryResponse {
  /** 响应结果:success|failure */
  flag?: string;
  /** 响应码 */
  code?: string;
  /** 响应信息 */
  message?: string;
  /** orderLines总条数 */
  totalLines?: Int64;
  /** 发货单信息 */
  deliveryOrder?: TaobaoQimenDeliveryorderQueryDeliveryOrder;
  /** 包裹信息 */
  packages?: TaobaoQimenDeliveryorderQueryPackage[];
  /** 单据列表 */
  orderLines?: TaobaoQimenDeliveryorderQueryOrderLine[];
}

/** `DeliveryOrder` of `taobao.qimen.deliveryorder.query`. */
export interface TaobaoQimenDeliveryorderQueryDeliveryOrder {
  /** 出库单号 */
  deliveryOrderCode?: string;
  /** 仓储系统出库单号 */
  deliveryOrderId?: string;
  /** 仓库编码 */
  warehouseCode?: string;
  /** 出库单类型(JYCK=一般交易出库;HHCK=换货出库;BFCK=补发出库;QTCK=其他出库单) */
  orderType?: string;
  /** 出库单状态(NEW-未开始处理;ACCEPT-仓库接单;PARTDELIVERED-部分发货完成;DELIVERED-发货完成;EXCEPTION-异 常;CANCELED-取消;CLOSED-关闭;REJECT-拒单;CANCELEDFAIL-取消失败;只传英文编码) */
  status?: string;
  /** 外部业务编码(消息ID;用于去重;ISV对于同一请求;分配一个唯一性的编码。用来保证因为网络等原因导致重复传输;请 求 不会被重复处理;条件必填;条件为一单需要多次确认时) */
  outBizCode?: string;
  /** 支持出库单多次发货(多次发货后确认时;0表示发货单最终状态确认;1表示发货单中间状态确 认) */
  confirmType?: Int64;
  /** 订单完成时间(YYYY-MM-DD HH:MM:SS) */
  orderConfirmTime?: string;
  /** 当前状态操作员编码 */
  operatorCode?: string;
  /** 当前状态操作员姓名 */
  operatorName?: string;
  /** 当前状态操作时间(YYYY-MM-DD HH:MM:SS) */
  operateTime?: string;
  /** 仓储费用 */
  storageFee?: string;
  /** 发票信息 */
  invoices?: TaobaoQimenDeliveryorderQueryInvoice[];
}

/** `Invoice` of `taobao.qimen.deliveryorder.query`. */
export interface TaobaoQimenDeliveryorderQueryInvoice {
  /** 发票抬头 */
  header?: string;
  /** 发票金额 */
  amount?: string;
  /** 发票内容 */
  content?: string;
  /** 发货详情 */
  detail?: TaobaoQimenDeliveryorderQueryDetail;
  /** 发票代码(纳税企业的标识) */
  code?: string;
  /** 发票号码(纳税企业内部的发票号) */
  number?: string;
}

/** `Detail` of `taobao.qimen.deliveryorder.query`. */
export interface TaobaoQimenDeliveryorderQueryDetail {
  /** 商品列表 */
  items?: TaobaoQimenDeliveryorderQueryItem[];
}

/** `Item` of `taobao.qimen.deliveryorder.query`. */
export interface TaobaoQimenDeliveryorderQueryItem {
  /** 商品名称 */
  itemName?: string;
  /** 商品单位 */
  unit?: string;
  /** 商品单价 */
  price?: string;
  /** 数量 */
  quantity?: Int64;
  /** 金额 */
  amount?: string;
}

/** `Package` of `taobao.qimen.deliveryorder.query`. */
export interface TaobaoQimenDeliveryorderQueryPackage {
  /** 物流公司编码(SF=顺丰、EMS=标准快递、EYB=经济快件、ZJS=宅急送、YTO=圆通、ZTO=中通 (ZTO)、HTKY=百世汇 通、 UC=优速、STO=申通、TTKDEX=天天快递、QFKD=全峰、FAST=快捷、POSTB=邮政小包、GTO=国通、YUNDA=韵达、JD=京东配送、DD=当当宅 配、 AMAZON=亚马逊物流、OTHER=其他;只传英文编码) */
  logisticsCode?: string;
  /** 物流公司名称 */
  logisticsName?: string;
  /** 运单号 */
  expressCode?: string;
  /** 包裹编号 */
  packageCode?: string;
  /** 包裹长度(单位：厘米) */
  length?: string;
  /** 包裹宽度(单位：厘米) */
  width?: string;
  /** 包裹高度(单位：厘米) */
  height?: string;
  /** 包裹理论重量(单位：千克) */
  theoreticalWeight?: string;
  /** 包裹重量(单位：千克) */
  weight?: string;
  /** 包裹体积(单位：升) */
  volume?: string;
  /** 发票号 */
  invoiceNo?: string;
  /** 包材信息 */
  packageMaterialList?: TaobaoQimenDeliveryorderQueryPackageMaterial[];
  /** 商品列表 */
  items?: TaobaoQimenDeliveryorderQueryItem2[];
}

/** `PackageMaterial` of `taobao.qimen.deliveryorder.query`. */
export interface TaobaoQimenDeliveryorderQueryPackageMaterial {
  /** 包材型号 */
  type?: string;
  /** 包材的数量 */
  quantity?: Int64;
}

/** `Item` of `taobao.qimen.deliveryorder.query`. */
export interface TaobaoQimenDeliveryorderQueryItem2 {
  /** 商品编码 */
  itemCode?: string;
  /** 商品仓储系统编码 */
  itemId?: string;
  /** 包裹内该商品的数量 */
  quantity?: Int64;
}

/** `OrderLine` of `taobao.qimen.deliveryorder.query`. */
export interface TaobaoQimenDeliveryorderQueryOrderLine {
  /** 单据行号 */
  orderLineNo?: string;
  /** 平台交易订单编码 */
  orderSourceCode?: string;
  /** 平台交易子订单编码 */
  subSourceCode?: string;
  /** 商品编码 */
  itemCode?: string;
  /** 商品仓储系统编码 */
  itemId?: string;
  /** 库存类型(ZP=正品;CC=残次;JS=机损;XS=箱损;ZT=在途库存;默认为查所有类型的库存) */
  inventoryType?: string;
  /** 货主编码 */
  ownerCode?: string;
  /** 商品名称 */
  itemName?: string;
  /** 交易平台商品编码 */
  extCode?: string;
  /** 应发商品数量 */
  planQty?: Int64;
  /** 实发商品数量 */
  actualQty?: Int64;
  /** 批次编号 */
  batchCode?: string;
  /** 生产日期(YYYY-MM-DD) */
  productDate?: string;
  /** 过期日期(YYYY-MM-DD) */
  expireDate?: string;
  /** 生产批号 */
  produceCode?: string;
  /** 批次列表 */
  batchs?: TaobaoQimenDeliveryorderQueryBatch[];
  /** 商品的二维码(类似电子产品的SN码;用来进行商品的溯源;多个二维码之间用分号;隔开) */
  qrCode?: string;
}

/** `Batch` of `taobao.qimen.deliveryorder.query`. */
export interface TaobaoQimenDeliveryorderQueryBatch {
  /** 批次编号 */
  batchCode?: string;
  /** 生产日期(YYYY-MM-DD) */
  productDate?: string;
  /** 过期日期(YYYY-MM-DD) */
  expireDate?: string;
  /** 生产批号 */
  produceCode?: string;
  /** 库存类型(ZP=正品;CC=残次;JS=机损;XS=箱损;ZT=在途库存;默认为查所有类型的库存) */
  inventoryType?: string;
  /** 实发数量(要求batchs节点下所有的实发数量之和等于orderline中的实发数量) */
  actualQty?: Int64;
}

const REQUEST_SCHEMA = {
  request: {
    ownerCode: 'String',
    warehouseCode: 'String',
    orderCode: 'String',
    orderId: 'String',
    orderSourceCode: 'String',
    page: 'Number',
    pageSize: 'Number',
    extendProps: 'Json',
    remark: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  response: {
    flag: 'String',
    code: 'String',
    message: 'String',
    totalLines: 'Number',
    deliveryOrder: {
      deliveryOrderCode: 'String',
      deliveryOrderId: 'String',
      warehouseCode: 'String',
      orderType: 'String',
      status: 'String',
      outBizCode: 'String',
      confirmType: 'Number',
      orderConfirmTime: 'String',
      operatorCode: 'String',
      operatorName: 'String',
      operateTime: 'String',
      storageFee: 'String',
      invoices: [
        {
          header: 'String',
          amount: 'String',
          content: 'String',
          detail: {
            items: [
              {
                itemName: 'String',
                unit: 'String',
                price: 'String',
                quantity: 'Number',
                amount: 'String',
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
        logisticsCode: 'String',
        logisticsName: 'String',
        expressCode: 'String',
        packageCode: 'String',
        length: 'String',
        width: 'String',
        height: 'String',
        theoreticalWeight: 'String',
        weight: 'String',
        volume: 'String',
        invoiceNo: 'String',
        packageMaterialList: [
          {
            type: 'String',
            quantity: 'Number',
          },
        ],
        items: [
          {
            itemCode: 'String',
            itemId: 'String',
            quantity: 'Number',
          },
        ],
      },
    ],
    orderLines: [
      {
        orderLineNo: 'String',
        orderSourceCode: 'String',
        subSourceCode: 'String',
        itemCode: 'String',
        itemId: 'String',
        inventoryType: 'String',
        ownerCode: 'String',
        itemName: 'String',
        extCode: 'String',
        planQty: 'Number',
        actualQty: 'Number',
        batchCode: 'String',
        productDate: 'String',
        expireDate: 'String',
        produceCode: 'String',
        batchs: [
          {
            batchCode: 'String',
            productDate: 'String',
            expireDate: 'String',
            produceCode: 'String',
            inventoryType: 'String',
            actualQty: 'Number',
          },
        ],
        qrCode: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.qimen.deliveryorder.query`: method, response root, request and response schemas. */
export const taobaoQimenDeliveryorderQueryOperation = {
  method: 'taobao.qimen.deliveryorder.query',
  responseRoot: 'qimen_deliveryorder_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 发货单查询接口 — calls TOP method `taobao.qimen.deliveryorder.query`.
 *
 * ERP调用奇门的发货单查询接口，查询发货单详情
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoQimenDeliveryorderQuery(
  client: TopClient,
  request: TaobaoQimenDeliveryorderQueryRequest = {},
  options?: CallOptions,
): Promise<TaobaoQimenDeliveryorderQueryResponse> {
  return client.call<TaobaoQimenDeliveryorderQueryResponse>(
    {
      method: 'taobao.qimen.deliveryorder.query',
      responseRoot: 'qimen_deliveryorder_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
